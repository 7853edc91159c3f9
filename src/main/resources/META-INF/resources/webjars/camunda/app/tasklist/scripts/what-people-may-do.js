/*
 * Asociacija: Tasklist shows people only the actions they may take. Each time someone logs in, this
 * asks the engine what they may do and marks the page with it (classes on <body>, which
 * styles/user-styles.css reads); an action whose mark is missing stays hidden.
 */
const MARKS = {
  'asociacija-may-create-tasks': 'authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7',
  'asociacija-may-edit-tasks': 'authorization/check?permissionName=UPDATE&resourceName=Task&resourceType=7',
  // the engine finds a task's comments through its history
  'asociacija-may-comment': 'authorization/check?permissionName=READ_HISTORY&resourceName=ProcessDefinition&resourceType=6',
  'asociacija-may-use-cockpit': 'authorization/check?permissionName=ACCESS&resourceName=Application&resourceType=0&resourceId=cockpit',
  'asociacija-may-start-processes': 'process-definition/count?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true'
};

let login = 0;

async function allowed(engineApi, query) {
  try {
    const response = await fetch(`${engineApi}/${query}`, {headers: {Accept: 'application/json'}});
    const answer = response.ok ? await response.json() : {};
    return answer.authorized === true || answer.count > 0;
  } catch (e) {
    return false;
  }
}

function unmark() {
  Object.keys(MARKS).forEach(mark => document.body.classList.remove(mark));
}

async function mark(engineApi) {
  const current = ++login;
  unmark();
  const answers = await Promise.all(Object.entries(MARKS)
    .map(async ([mark, query]) => [mark, await allowed(engineApi, query)]));
  if (current === login) {
    answers.forEach(([mark, yes]) => document.body.classList.toggle(mark, yes));
  }
}

// the navigation bar is drawn after each login and removed at logout
export default {
  id: 'asociacija-what-people-may-do',
  pluginPoint: 'tasklist.navbar.action',
  priority: -1000,
  render: (node, {api}) => mark(api.engineApi),
  unmount: () => {
    login++;
    unmark();
  }
};
