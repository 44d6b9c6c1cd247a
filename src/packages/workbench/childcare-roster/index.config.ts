export default definePageConfig({ navigationBarTitleText: '托班名单' })
