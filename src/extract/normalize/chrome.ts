// Page chrome: whole lines that belong to the page around an article (menus, counters, share bars, comment boxes).
import { type Mapped, MappedBuilder } from './mapped.ts'

/** A line is chrome when one of these matches it whole (after trimming). */
const CHROME_LINE: readonly RegExp[] = [
  /^[\d\s|#+\-:.()]{1,12}$/, // counters, "1#", "+1", "0000"
  /^(登录|登陆|注册|登录注册|登陆注册|注册\s*找回密码|找回密码|搜索|打印|分享.*|微博|微信|Qzone|QQ空间|评论|图集|热点|关注|推荐|首页|收藏|扫一扫.*|加载更多|新闻评论|网友评论|评论列表|发表评论|相关阅读|相关新闻|相关链接|回到页首|返回顶部|跳至主要内容|上一篇.*|下一篇.*|Loading\.*)$/i,
  /^(责任编辑|责编|编辑|主编|审核|校对|作者|记者|来源|本文来源|撰文|资料|出版日期|点击数|入库时间|关键词|关键字|发布时间|更新时间)\s*[:丨|]/,
  /^【(纠错|版次|入库时间|出版日期|全文)】/,
  /^共[\s(]*\d+[\s)]*条/,
  /^(查看|回复|只看该作者|本帖最后由|发表于|跳转到指定楼层|复制链接|\[复制链接\]).*/,
  /^[•·▪■□◆●>\-|\s]*(首\s*页|当前位置|您的位置|您当前的位置).*/,
  /^\s*•/,
  /^[^\u3400-\u9fff]{0,40}$/, // no Chinese at all: spam, pinyin garbage, URLs
  /^(原标题|網友留言|网友留言|正在加载评论|小字号|大字号|收藏网址|使用移动流量).*/,
  /^\S{1,12}(国际|娱乐|彩票|棋牌)$/,
]

function isChrome(line: string): boolean {
  const t = line.trim()
  if (t.length === 0) return false
  if (t.length > 60) return false
  return CHROME_LINE.some((re) => re.test(t))
}

/** Drops chrome lines (their newline stays, so paragraphs stay apart). */
export function dropChrome(source: Mapped): Mapped {
  const text = source.text
  const out = new MappedBuilder(source)
  let at = 0
  let dropped = false
  while (at <= text.length) {
    let nl = text.indexOf('\n', at)
    if (nl < 0) nl = text.length
    const line = text.slice(at, nl)
    if (isChrome(line)) dropped = true
    else out.keep(at, nl)
    if (nl < text.length) out.keep(nl, nl + 1)
    at = nl + 1
  }
  return dropped ? out.build() : source
}
