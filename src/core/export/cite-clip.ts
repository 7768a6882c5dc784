import type { Clip } from '../types';
import { siteName } from './site-name';

/**
 * A GB/T 7714-2015 reference (§4.8 电子资源) for the document a clip came from:
 *
 *   主要责任者. 题名[EB/OL]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * What DocClip knows fills it as: no 主要责任者 (the uploader is not the author, and the
 * author is not recorded), 题名 = docTitle, type EB/OL (电子公告 online), 出版者 = the site's
 * name, no 出版年 or 更新日期 (not recorded: the clip's createdAt is not the document's
 * date), 引用日期 = `accessed` as YYYY-MM-DD in local time, and the URL:
 *
 *   某县林业发展规划[EB/OL]. 三七文档[2026-11-29]. https://m.777doc.com/doc-4411.html.
 *
 * An empty title is written 无题名; a title's own final full stop is not doubled.
 */
export function citeClip(clip: Pick<Clip, 'docTitle' | 'site' | 'url'>, accessed: Date): string {
  const title = clip.docTitle.trim().replace(/[.。]+$/u, '') || '无题名';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${accessed.getFullYear()}-${pad(accessed.getMonth() + 1)}-${pad(accessed.getDate())}`;
  return `${title}[EB/OL]. ${siteName(clip)}[${day}]. ${clip.url}.`;
}
