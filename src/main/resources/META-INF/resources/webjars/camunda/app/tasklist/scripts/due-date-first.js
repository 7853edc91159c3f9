/*
 * Asociacija: Tasklist lists the tasks by due date, the soonest first (then the oldest first), until
 * the person sorts them otherwise. Tasklist keeps its sorting in the address (?sorting=...) and starts
 * with the newest first; after login this sets the address's sorting when it has none.
 */
const DUE_DATE_FIRST = JSON.stringify([
  {sortBy: 'dueDate', sortOrder: 'asc'},
  {sortBy: 'created', sortOrder: 'asc'}
]);

function sortByDueDate() {
  const [path, query = ''] = window.location.hash.split('?');
  if (path.startsWith('#/login')) {
    return;
  }
  const params = new URLSearchParams(query);
  if (!params.has('sorting')) {
    params.set('sorting', DUE_DATE_FIRST);
    window.location.replace(`${path || '#/'}?${params}`);
  }
}

// the navigation bar is drawn after each login
export default {
  id: 'asociacija-due-date-first',
  pluginPoint: 'tasklist.navbar.action',
  priority: -1001,
  render: () => setTimeout(sortByDueDate, 0)
};
