export default defineAppConfig({
  pages: ['pages/index/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/account', pages: ['login/index'] },
    { root: 'packages/grievance', pages: ['new/index', 'list/index', 'detail/index', 'union-picker/index'] },
    { root: 'packages/legal-aid', pages: ['new/index', 'book/index', 'cases/index'] },
    { root: 'packages/childcare', pages: ['catalogue/index', 'class/index', 'sign-up/index', 'enrolment/index', 'children/index', 'child-edit/index'] },
    {
      root: 'packages/workbench',
      pages: [
        'inbox/index',
        'detail/index',
        'calendar/index',
        'canned-replies/index',
        'deadlines/index',
        'childcare-classes/index',
        'childcare-class-edit/index',
        'childcare-roster/index',
        'childcare-attendance/index',
        'duty-roster/index'
      ]
    },
    { root: 'packages/messages', pages: ['index/index'] },
    { root: 'packages/dashboard', pages: ['index/index'] }
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTitleText: '娘家人',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F4F5F7'
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#C8161D',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/mine/index', text: '我的' }
    ]
  },
  // The legal-aid form suggests the nearest station; WeChat requires declaring location use.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于推荐离您最近的法律援助站' } },
  // The grievance form is where most people go from the home page.
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/grievance'] }
  }
})
