/*
 * Asociacija's settings of the tasklist webapp (this file shadows the webjar's default config.js):
 * the name in the header and the page title, Slovene first with English still available, and only
 * the actions each person may take (scripts/what-people-may-do.js with styles/user-styles.css), and
 * tasks sorted by due date until the person sorts otherwise (scripts/due-date-first.js).
 */
export default {
  app: {
    vendor: 'Asociacija',
    name: 'Naloge'
  },
  customScripts: ['scripts/what-people-may-do', 'scripts/due-date-first'],
  locales: {
    availableLocales: ['sl', 'en'],
    fallbackLocale: 'sl'
  },
  dateFormat: {
    normal: 'D. M. YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'prevzame izbrano nalogo'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'premakne fokus na prvi filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'premakne fokus na prvo nalogo na seznamu'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'premakne fokus na prvo polje obrazca naloge'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'odpre okno za zagon procesa'
    }
  }
};
