export default definePageConfig({
  navigationBarTitleText: '常用回复'
})
