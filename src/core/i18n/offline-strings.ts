/** The offline reading interface text (`uiStrings(lang).offline`). `{…}` are filled in with `fill`. */
export interface OfflineStrings {
  /** The toolbar's link to the saved answers, shown while the device is offline, and the saved page's title. */
  savedTitle: string;
  savedIntro: string;
  savedLoading: string;
  savedNone: string;
  /** This browser keeps nothing for offline reading (no service worker), or the worker is not running yet. */
  savedUnavailable: string;
  offlineTitle: string;
  offlineIntro: string;
  /** Under the list on the offline page: the contact channels follow, and a phone call needs no internet. */
  offlineContact: string;
  /** A topic's button; the size is shown before anything is saved. */
  saveTopic: string;
  /** {count} answers, {size} bytes formatted. */
  saveTopicConfirm: string;
  saveEverything: string;
  /** {count} answers and search, {size}. */
  saveEverythingConfirm: string;
  saveConfirmButton: string;
  saveCancel: string;
  /** {done} of {count}. */
  saving: string;
  /** {count} answers. */
  savedDone: string;
  /** {failed} of {count}. */
  saveFailed: string;
  /** The list of what may be saved could not be fetched. */
  saveUnreachable: string;
}

export const offlineEn: OfflineStrings = {
  savedTitle: 'Saved for offline',
  savedIntro: 'These answers are saved on this device and open without the internet.',
  savedLoading: 'Looking for saved answers…',
  savedNone: 'No answers are saved on this device yet. The answers you read are kept as you go, and a topic’s page can save the whole topic.',
  savedUnavailable: 'This browser has not saved anything for offline reading yet. Open the help center once with a connection, then come back.',
  offlineTitle: 'You’re offline',
  offlineIntro: 'This page isn’t saved on this device, and there is no connection right now. These answers are saved and open without the internet:',
  offlineContact: 'Need a person? A phone call works without the internet.',
  saveTopic: 'Save this topic for offline',
  saveTopicConfirm: 'Save {count} answers ({size}) on this device?',
  saveEverything: 'Save everything for offline',
  saveEverythingConfirm: 'Save all {count} answers and search ({size}) on this device?',
  saveConfirmButton: 'Save',
  saveCancel: 'Cancel',
  saving: 'Saving… {done} of {count}',
  savedDone: 'Saved: {count} answers open without the internet.',
  saveFailed: '{failed} of {count} answers couldn’t be saved. Try again with a better connection.',
  saveUnreachable: 'Couldn’t reach the help center. Try again with a connection.',
};

export const offlineZh: OfflineStrings = {
  savedTitle: '离线保存的内容',
  savedIntro: '这些回答已保存在本设备上，无需联网即可打开。',
  savedLoading: '正在查找已保存的回答…',
  savedNone: '本设备上还没有保存的回答。您阅读过的回答会自动保存，也可以在主题页面上保存整个主题。',
  savedUnavailable: '此浏览器尚未保存任何可离线阅读的内容。请先在联网时打开一次帮助中心，然后再回来。',
  offlineTitle: '您当前处于离线状态',
  offlineIntro: '本设备上没有保存这个页面，而且现在没有网络连接。以下回答已保存，无需联网即可打开：',
  offlineContact: '需要人工帮助？打电话不需要联网。',
  saveTopic: '保存此主题以便离线阅读',
  saveTopicConfirm: '要在本设备上保存 {count} 个回答（{size}）吗？',
  saveEverything: '保存全部内容以便离线阅读',
  saveEverythingConfirm: '要在本设备上保存全部 {count} 个回答和搜索（{size}）吗？',
  saveConfirmButton: '保存',
  saveCancel: '取消',
  saving: '正在保存… {done} / {count}',
  savedDone: '已保存：{count} 个回答可以离线打开。',
  saveFailed: '{count} 个回答中有 {failed} 个未能保存。请在网络更好时重试。',
  saveUnreachable: '无法连接帮助中心。请在联网时重试。',
};
