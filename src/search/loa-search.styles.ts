import {css} from 'lit';

/* The search landmark and the notes: what shows before there are results. The
   results' styles are in the search-engine chunk (search-views.styles.ts). */
export const searchStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
  }
  input {
    font: inherit;
    min-height: var(--loa-target-size, 2.75em);
    padding: 0 0.5em;
    border: 0.125em solid;
  }
`;
