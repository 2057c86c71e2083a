import {css} from 'lit';

/*
 * Scanning decides the sizes here, not looks:
 * - a camera at 30–50 cm needs modules of about 1.2 mm, so the code is at least
 *   12em wide and grows with its module count (`--_qr-modules`, set by the
 *   element) at 0.3em per module, never wider than its container (reflow);
 * - the code is always black on white, whatever the theme or forced colours:
 *   many phone scanners cannot read inverted or tinted codes;
 * - in print the code is measured in cm: at least 5 cm on a card, 11 cm on an
 *   A4 poster and 7.5 cm on an A5 one (notice boards are read from further away).
 */
export const qrStyles = css`
  .qr {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .qr--card {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
  }
  .qr__title {
    margin: 0;
  }
  .qr__body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .qr__text {
    flex: 1 1 14em;
    min-inline-size: 0;
  }
  .qr__text > p {
    margin: 0 0 0.75em;
  }
  .qr__code {
    flex: none;
    inline-size: max(12em, var(--loa-qr-size, 0em), calc(var(--_qr-modules, 33) * var(--loa-qr-module, 0.3em)));
    max-inline-size: 100%;
    background: #fff;
    /* A thin line keeps the white quiet zone visible on a white page without eating into it. */
    outline: 0.0625em solid var(--_border);
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  /* While the encoder loads: a square of the code's size, so nothing moves when the code arrives. */
  .qr__pending {
    display: grid;
    place-items: center;
    aspect-ratio: 1;
    margin: 0;
    padding: 1em;
    color: #000;
    text-align: center;
  }
  .qr__svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    forced-color-adjust: none;
  }
  .qr__instruction {
    font-weight: 600;
  }
  .qr__url-label {
    color: var(--_muted);
  }
  .qr__url-text {
    /* The element's own font, not monospace: common monospace fonts stack Vietnamese diacritics badly. */
    font-weight: 600;
    /* The address is broken only at the <wbr>s after / . ? & = #, unless a single piece is wider than the card. */
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .qr__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .qr__open {
    text-decoration: none;
  }
  .qr__feedback {
    margin: 0.5em 0 0;
    font-weight: 600;
  }
  .qr__commune {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .qr__commune[hidden] {
    display: none;
  }

  /* The poster: centred, big type, a code twice the card's. */
  .qr--poster {
    align-items: center;
    text-align: center;
    padding: calc(var(--_space) * 1.5);
    border: 0.125em solid var(--_text);
  }
  .qr--poster .qr__title {
    font-size: 2em;
    line-height: 1.25;
  }
  .qr--poster .qr__body {
    /* Stretch, so the code's max-inline-size: 100% means the poster's width (reflow at 320 px). */
    align-self: stretch;
    flex-direction: column;
    align-items: center;
  }
  .qr--poster .qr__code {
    inline-size: max(20em, var(--loa-qr-size, 0em), calc(var(--_qr-modules, 33) * var(--loa-qr-module, 0.3em)));
  }
  .qr--poster .qr__text {
    flex: none;
    inline-size: 100%;
  }
  .qr--poster .qr__instruction {
    font-size: 1.5em;
  }
  .qr--poster .qr__url {
    font-size: 1.25em;
  }
  .qr--poster .qr__actions {
    justify-content: center;
  }

  @media (forced-colors: active) {
    .qr--card,
    .qr--poster {
      border-color: CanvasText;
    }
    .qr__code {
      outline-color: CanvasText;
    }
  }

  @media print {
    .qr__actions,
    .qr__feedback {
      display: none;
    }
    .qr__code {
      inline-size: max(5cm, calc(var(--_qr-modules, 33) * 0.75mm));
      outline: none;
    }
    .qr--card {
      break-inside: avoid;
    }
    .qr--poster {
      border: none;
      padding: 0;
      gap: 0.8cm;
      color: #000;
      background: #fff;
    }
    .qr--poster .qr__title {
      font-size: 32pt;
    }
    .qr--poster .qr__code {
      inline-size: max(11cm, calc(var(--_qr-modules, 33) * 1.2mm));
    }
    .qr--poster .qr__instruction {
      font-size: 20pt;
    }
    .qr--poster .qr__url {
      font-size: 14pt;
    }
    .qr--poster .qr__commune {
      font-size: 16pt;
    }
  }
  /* A5 and smaller sheets: the same poster, a size down, still on one page. */
  @media print and (max-width: 15cm) {
    .qr--poster {
      gap: 0.5cm;
    }
    .qr--poster .qr__title {
      font-size: 20pt;
    }
    .qr--poster .qr__code {
      inline-size: max(7.5cm, calc(var(--_qr-modules, 33) * 0.9mm));
    }
    .qr--poster .qr__instruction {
      font-size: 15pt;
    }
    .qr--poster .qr__url {
      font-size: 11pt;
    }
    .qr--poster .qr__commune {
      font-size: 13pt;
    }
  }
`;
