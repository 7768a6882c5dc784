import type { InlinePattern } from './inline-clutter-patterns';

/**
 * Sentences that 文库 and 范文 site templates print around a document, recognised wherever they
 * stand (real pages join them to other text, or cut them off at a page edge). Each is the site's
 * own wording, specific enough that a document does not say it; each runs at most to the end of
 * its line. Traditional-character forms are listed beside the simplified ones where the mirrors
 * print them. Seen on the real pages of corpus/ (labels there, by family).
 */
const TO_LINE_END = '[^\\n]{0,160}';

export const SITE_PHRASES: readonly InlinePattern[] = [
  // uploader sentences planted on every page of 百度文库's old reader
  { reason: 'promo', pattern: /感谢阅读[,，]\s{0,2}希望能帮助您[!！]?/g },
  { reason: 'promo', pattern: /如果对您有帮助[!！,，]\s{0,2}感谢评论与分享[!！。]?/g },
  // download box
  { reason: 'nag', pattern: new RegExp(`(?:快捷下载时[,，]\\s{0,4})?用户名和密码都是您填写的${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`请自助下载[,，]\\s{0,4}系统不会自动发送文件${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?下载文档前请自行甄别文档内容的完整性${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?[“"]仅部分预览[”"]的文档${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`(?:\\d{1,2}\\s{0,2}[、.．]\\s{0,2})?如文档侵犯(?:了)?您的(?:权益|版权)${TO_LINE_END}`, 'g') },
  { reason: 'nag', pattern: new RegExp(`如PPT文件的首页显示word图标${TO_LINE_END}`, 'gi') },
  { reason: 'copyright', pattern: new RegExp(`部分文档作品中含有的国旗、国徽等图片${TO_LINE_END}`, 'g') },
  { reason: 'copyright', pattern: new RegExp(`本页资料《[^》\\n]{1,150}》由用户${TO_LINE_END}`, 'g') },
  { reason: 'copyright', pattern: new RegExp(`一文来源于网友上传[,，]\\s{0,4}不代表本站观点${TO_LINE_END}`, 'g'), lead: { pattern: /[^\n。]{0,60}$/, maxChars: 60 } },
  { reason: 'copyright', pattern: new RegExp(`(?:本文|本站|文章)[^\\n。]{0,30}(?:来源于|来自)网络[,，]\\s{0,4}(?:版权归原作者所有|如有侵权)${TO_LINE_END}`, 'g') },
  // notices of download boxes that stand without a numbered heading
  { reason: 'nag', pattern: /(?:说明|說明)[:：]\s{0,4}文章内容仅供预览[,，]\s{0,4}部分内容可能不全[。.]?/g },
  { reason: 'nag', pattern: /下载后的文档[,，]\s{0,4}内容与下面显示的完全一致[。.]?/g },
  { reason: 'nag', pattern: /下载之前请确认下面内容是否您想要的[^\n。]{0,20}[。.]?/g },
  { reason: 'nag', pattern: /付费之前[,，]\s{0,4}请仔细阅读内容确认后进行付费下载[。.]?/g },
  { reason: 'nag', pattern: /如填写\s{0,2}\d+[,，]\s{0,4}账号就是\s{0,2}\d+[,，]\s{0,4}密码也是\s{0,2}\d+[。.]?/g },
  { reason: 'copyright', pattern: /如果您对本文有版权争议[,，]\s{0,4}请[^\n。]{0,30}[。.]?/g },
  { reason: 'copyright', pattern: /(?:\d{1,2}\s{0,2}[、.．]\s{0,2})?本文档由用户上传[,，][^\n。]{0,40}[。.]?/g },
  { reason: 'copyright', pattern: /(?:\d{1,2}\s{0,2}[、.．]\s{0,2})?本文档内容版权归属内容提供方[^\n。]{0,60}[。.]?/g },
  { reason: 'contact', pattern: /点击这里给我发消息/g },
  { reason: 'contact', pattern: /下载word有问题请添加\s{0,2}(?:QQ|qq|微信)\s{0,2}[:：]?\s{0,2}[\w@.]{1,30}\s{0,2}处理/gi },
  { reason: 'contact', pattern: /感谢您的支持与谅解[。.!！]?/g },
  // the page number of a multi-page article after the heading that opens the text ("T 第4页")
  // (anchored at the text's start: a match ends within 92 characters of it, its lookahead 5 further)
  { reason: 'page-counter', pattern: /(?<=^\s{0,20}[^\n。！？!?；;，,:：]{2,60})\s{1,3}第\s{0,2}\d{1,3}\s{0,2}页(?=[ \t]{0,4}(?:\n|$))/g, head: 100 },
  // "第1页共3页" inside a line (the counter of a page the site cut there)
  { reason: 'page-counter', pattern: /第\s{0,2}\d{1,4}\s{0,2}页\s{0,2}[/／,，]?\s{0,2}共\s{0,2}\d{1,4}\s{0,2}页/g },
  // Anti-copy filler that converted Word files carry: runs of rare characters from one small set
  // ("薁螇肄芆薀衿袇膂…"); eight or more in a row never occur in prose.
  { reason: 'watermark', pattern: /[薁螇肄芆薀衿袇膂蕿肂肈薈蚁袅莇螃肁芃蒄蚄袀膇莀蚃羂羀蚂膅艿螄羈肇芈膄莄袂螀蒅薃蒀蒈螅蚀袄莁蒆肀羅芄罿蚈蚆蒁羆袁蝿膆膀芀荿莅蒃蚇袈螁羇羄]{8,}/g },
  { reason: 'nag', pattern: /微信扫一扫在手机(?:上)?阅读[、,，]?\s{0,2}(?:分享本文)?/g },
  // watermark sentences stamped through the text of converted files
  { reason: 'watermark', pattern: /精选优质文档\s{0,2}[-—]{1,2}\s{0,2}倾情为你奉上/g },
  { reason: 'watermark', pattern: /精品文档就在这里[^\n。]{0,40}/g },
  { reason: 'watermark', pattern: /各类专业好文档[,，]\s{0,2}值得你下载[^\n。]{0,60}?应有尽有/g },
  { reason: 'watermark', pattern: /(?:文檔|文档)(?:僅|仅)供(?:參考|参考)(?:[,，]\s{0,2}(?:如有|僅供|仅供)[^\n。]{0,20})?/g },
  { reason: 'watermark', pattern: /公众@?号[:：][^\n。]{1,20}[。.]\s{0,2}整理汇总[。.]?/g },
  { reason: 'nag', pattern: /(?:申明敬告[:：]\s{0,2})?本站不保证该用户上传的文档完整性[^\n]{0,160}/g },
  { reason: 'nag', pattern: /不预览、不比对内容而直接下载产生的反悔问题本站不予受理[。.]?/g },
  { reason: 'promo', pattern: /公文高手[,，]\s{0,2}超级方便的公文写作神器[!！]?\s{0,2}(?:立即了解)?/g },
  { reason: 'promo', pattern: /下面是由我给大家带来的[^\n。!！]{0,100}[。!！]?/g },
  { reason: 'fold', pattern: /因篇幅问题不能全部显示[,，]\s{0,2}请点此查看更多更全内容/g },
  { reason: 'fold', pattern: /…{1,2}\s{0,2}此处隐藏\s{0,2}\d+\s{0,2}个字\s{0,2}…{1,2}/g },
  { reason: 'fold', pattern: /…{1,2}\s{0,2}[(（]开头部分已省略\s{0,2}\d+\s{0,2}字[)）]/g },
  { reason: 'fold', pattern: /(?:亲[,，]\s{0,2})?该文档总共\s{0,2}\d+\s{0,2}页[,，]\s{0,2}到这儿?已(?:经)?超出免费预览范围[,，]?\s{0,2}(?:如果喜欢就下载吧[!！]?)?/g },
  { reason: 'nag', pattern: /下载文档到电脑[,，]\s{0,2}查找使用更方便[!！。]?/g },
  { reason: 'watermark', pattern: /For\s?personal\s?use\s?only\s?in\s?study\s?and\s?research[;；]?\s?(?:not\s?for\s?commercial\s?use)?/gi },
  { reason: 'watermark', pattern: /更多精品文档|学习\s{0,2}[-—]\s{0,2}好资料/g },
  { reason: 'page-counter', pattern: /(?<![^\s])-\s?\d{1,3}\s?-(?:\s?[/／]\s?\d{1,3})?(?![^\s])/g },
  // Word field codes that a converter left in a table of contents: TOC\o"1-2"\h\u, \o"CurrentDocument"
  { reason: 'watermark', pattern: /TOC\s{0,2}(?:\\[a-z]\s{0,2}(?:"[^"\n]{0,12}"\s{0,2})?){1,6}/g },
  { reason: 'watermark', pattern: /\\o\s{0,2}"CurrentDocument"/g },
  // 范文 site intros: "以下是小编精心整理的…,欢迎阅读,希望大家能够喜欢。" and its traditional form;
  // "以下是我们…" only as the site's offer ("我们为您整理…"), not a report's "以下是我们在2023年…的总结"
  { reason: 'promo', pattern: /(?:下面|以下)是[®#]?(?:[\u4e00-\u9fa5]{2,8}的)?(?:小编|本站|我们(?=为您|为大家|给大家|精心|整理|收集|搜集|带来))[^\n。!！]{0,200}[。!！]?/g },
  // the 范文 site's own intro before "以下是小编…": a definition of the genre ending in a question
  // ("总结是…书面材料,…我们要做好回顾。那么如何把总结写出新花样呢?"), with the words of such advice
  { reason: 'promo', pattern: /(?<![^\n])(?=[^\n]{0,300}(?:我们要|不妨|如何|怎么|怎样|想好|什么样))[^\n]{10,300}[?？](?=\s{0,2}(?:下面|以下)是[®#]?(?:[\u4e00-\u9fa5]{2,8}的)?小[编編])/g },
  { reason: 'promo', pattern: /(?:为您|為您|为大家|為大家)整理的《[^》\n]{1,80}》[,，]\s{0,4}(?:欢迎|歡迎)(?:阅读|閱讀|参考|參考)[!！。]?/g },
  { reason: 'promo', pattern: /[#＃][^#＃\n]{2,12}[#＃]\s{0,2}(?:导语|導語)】?/g },
  { reason: 'promo', pattern: /(?:前言[:：]\s{0,2})?想要写出一篇令人眼前一亮的[^\n。？?]{0,10}[吗嗎][?？]/g },
  { reason: 'promo', pattern: /(?:我们|小编|本站)?特意为您整理了\s{0,2}\d+\s{0,2}篇[^\n。]{0,40}[。,，]?/g },
  { reason: 'promo', pattern: /相信[会會]为您的写作带来帮助[^\n。]{0,30}[。!！]?/g },
  { reason: 'promo', pattern: /你想好怎么写了吗[?？]/g, lead: { pattern: /[\u4e00-\u9fa5]{0,6}$/, maxChars: 6 } },
  { reason: 'promo', pattern: /不妨坐下[来來]好好[写寫][写寫][^\n。？?]{0,10}吧[?？!！。]?/g },
  { reason: 'promo', pattern: /(?:應該|应该)怎(?:么|麼|樣|样)(?:制定|写|寫|做)(?:才好)?呢[?？]/g, lead: { pattern: /[\u4e00-\u9fa5]{2,8}$/, maxChars: 8 } },
  { reason: 'promo', pattern: /(?:為了|为了|為|为)(?:確保|确保)(?:事情|工作)[^\n。]{0,20}[,，]\s{0,4}(?:通常|我們|我们)?(?:需要|要)(?:預先|预先|事先)制定(?:一份)?(?:完整的)?方案(?:[,，][^\n。]{0,60}[。])?/g },
  { reason: 'promo', pattern: /(?:下面|以下)是小編[^\n。!！]{0,200}[。!！]?/g },
  { reason: 'promo', pattern: /(?:歡迎|欢迎)(?:閱讀|阅读|参考|參考|借鉴|借鑒)[,，]\s{0,4}(?:希望|希望大家|希望對|希望对)[^\n。!！]{0,40}[。!！]?/g },
  { reason: 'promo', pattern: /(?:一起来看看吧|快来看看吧|一起來看看吧|供大家参考借鉴|仅供大家参考|僅供大家參考)[,，!！。]?/g },
  // "《T》由会员分享,可在线阅读,更多相关《T》请在SITE上搜索", also cut off at the page's edge
  { reason: 'promo', pattern: /(?:《[^\n]{1,150}?》)?由(?:会员|用户|网友)[^\n,，]{0,20}分享[,，]\s{0,4}可在线阅读[,，]?\s{0,4}(?:更多相关(?:[^\n]{0,200}?上搜索[。.]?|[^\n]{0,200}(?![^\n])))?/g },
  // folds: "已阅读5页,还剩55页未读 继续免费阅读", "已閱讀5頁,還剩11頁未讀 繼續免費閱讀"
  {
    reason: 'fold',
    pattern: /(?:已阅读\s{0,4}\d+\s{0,4}页[,，]\s{0,4})?还剩\s{0,4}\d+\s{0,4}页未读[,，]?\s{0,4}(?:继续免费阅读|继续阅读|点击(?:继续)?阅读全文)?[!！]?/g,
  },
  {
    reason: 'fold',
    pattern: /(?:已閱讀\s{0,4}\d+\s{0,4}頁[,，]\s{0,4})?還剩\s{0,4}\d+\s{0,4}頁未讀[,，]?\s{0,4}(?:繼續免費閱讀|繼續閱讀|點擊(?:繼續)?閱讀全文)?[!！]?/g,
  },
  { reason: 'fold', pattern: /(?:预览|預覽)已结束[,，]?[^\n]{0,40}/g },
  // A run of four or more dashes where the site joined two page blocks inside a sentence ("均可————超额完成");
  // a document's own dash is "——" and stands between phrases, not inside a word.
  { reason: 'page-marker', pattern: /(?<=[\u4e00-\u9fff\d])—{4,}(?=[\u4e00-\u9fff\d])/g },
  // thumbnail captions in traditional characters ("TITLE_第1頁"); the simplified ones have a rule of their own
  { reason: 'page-counter', pattern: /_第\s{0,3}\d{1,4}\s{0,3}頁/g, lead: { pattern: /[^\n_]{1,150}$/, maxChars: 150 } },
];
