export default definePageConfig({ navigationBarTitleText: '爱心托班管理' })
