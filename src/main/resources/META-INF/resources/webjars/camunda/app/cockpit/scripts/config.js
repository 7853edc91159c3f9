/*
 * Asociacija's settings of the cockpit webapp (this file shadows the webjar's default config.js):
 * the name in the header and the page title, Slovene first with English still available.
 */
export default {
  app: {
    vendor: 'Asociacija',
    name: 'Nadzor procesov'
  },
  locales: {
    availableLocales: ['sl', 'en'],
    fallbackLocale: 'sl'
  },
  dateFormat: {
    normal: 'D. M. YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },

};
