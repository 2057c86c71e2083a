
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's08cc18b7f9c33fe2': `Trying again…`,
's0a9559168b62a671': str`The server reported an error (code ${0}) while loading ${1}.`,
's0f014260ca5f0d5f': str`Could not update — showing content from ${0}.`,
's1c24f490dc6e6fee': `Cannot connect to the network. Please check the connection and try again.`,
's2eed5f104717dd55': `Loading…`,
's47bb2b647401e3f6': str`Could not load ${0}. The site that hosts it does not allow this page to read it (CORS): that site must allow this page's address, or the source must be hosted on this same site.`,
's5f655531fc259f67': `The server is answering too slowly. Please try again in a few minutes.`,
's666e3b3b185c35f2': str`The content is broken and cannot be shown: ${0}`,
's6874a67953c9ce65': str`Offline — last updated at ${0}.`,
'sb4da01c7ac8ee5cc': str`This content format is not supported (${0}).`,
'sd287d715eb2b3a3e': `Try again`,
    };
  