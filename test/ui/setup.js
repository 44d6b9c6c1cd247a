// Runs before each UI test file.
// 1. Import @tarojs/taro first: importing the router first hits a circular import
//    (router ↔ taro-h5) that leaves Taro half-initialised.
require('@tarojs/taro')
// 2. Taro's page hooks (useDidShow, useRouter, …) read React from a registry that the app
//    entry normally fills. Pages are mounted directly here, so fill it the same way.
const React = require('react')
const ReactDOM = require('react-dom')
const { createH5NativeComponentConfig } = require('@tarojs/plugin-framework-react/dist/runtime')
createH5NativeComponentConfig(null, React, ReactDOM)

// 3. Give Taro's H5 router a hash history, as the app does, so navigateTo/redirectTo work
//    and tests can read where a page sent the person from location.hash.
require('@tarojs/router').setHistoryMode('hash')

// 4. test-utils-react 0.1.1 still calls react-dom/test-utils' act, which React 18.3 flags as
//    deprecated on every render. That one warning says nothing about our code; drop it.
const originalError = console.error
console.error = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes('ReactDOMTestUtils.act` is deprecated')) return
  originalError(...args)
}
