/** The embed page's own words, one table per locale (see core/messages.ts). Values come quoted. */
import { localized } from '../core/messages.js';

const zh = {
  heading: '无法显示此图表',
  missingElement: (allowed: string) => `地址中缺少 element 参数，应为以下之一：${allowed}。`,
  unknownElement: (value: string, allowed: string) => `未知的 element ${value}，应为以下之一：${allowed}。`,
  unknownLocale: (value: string) => `未知的 locale ${value}，应为 zh-CN 或 en。`,
  unknownTheme: (value: string, allowed: string) => `未知的 theme ${value}，应为以下之一：${allowed}。`,
  recordAndSrc: '地址中同时有 record 和 src，请只保留一个。',
  noData: '地址中缺少数据：请加入 record=<数据记录编号> 或 src=<JSON 数据的网址>。',
  invalidRecord: (value: string) => `record ${value} 无效：记录编号只含字母、数字、下划线和连字符，多个编号以逗号分隔。`,
  srcNotHttp: (value: string) => `src ${value} 不是 http(s) 网址。`,
  srcOtherOrigin: (value: string, origin: string) => `src ${value} 位于其他来源（${origin}），本嵌入页未允许从该来源加载数据。`,
  loadFailed: (element: string) => `无法加载图表组件 ${element}。`,
};

export type EmbedMessages = typeof zh;

const en: EmbedMessages = {
  heading: 'This chart cannot be shown',
  missingElement: (allowed) => `The address has no element parameter; it must be one of ${allowed}.`,
  unknownElement: (value, allowed) => `Unknown element ${value}; it must be one of ${allowed}.`,
  unknownLocale: (value) => `Unknown locale ${value}; it must be zh-CN or en.`,
  unknownTheme: (value, allowed) => `Unknown theme ${value}; it must be one of ${allowed}.`,
  recordAndSrc: 'The address has both record and src; give only one.',
  noData: 'The address names no data: add record=<record id> or src=<URL of the JSON data>.',
  invalidRecord: (value) => `Invalid record ${value}: record ids are letters, digits, _ and -, several separated by commas.`,
  srcNotHttp: (value) => `src ${value} is not an http(s) URL.`,
  srcOtherOrigin: (value, origin) => `src ${value} is on another origin (${origin}), which this embed page does not allow data from.`,
  loadFailed: (element) => `The ${element} component could not be loaded.`,
};

export const embedMessages = localized({ 'zh-CN': zh, en });
