import Taro from '@tarojs/taro'
import { resolveFileUrl } from '../../../services/request'

// The same as packages/workbench/childcare-roster/open-export.ts: a subpackage cannot import
// another subpackage's code.
/** Opens the signed .xlsx link: the browser downloads it on H5; WeChat opens it in its viewer. */
export async function openExport(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.location.assign(url)
    return
  }
  const file = await Taro.downloadFile({ url: resolveFileUrl(url) })
  await Taro.openDocument({ filePath: file.tempFilePath, fileType: 'xlsx', showMenu: true })
}
