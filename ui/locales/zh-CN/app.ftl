# 桌面应用的界面（参见 en/app.ftl）。

## Top bar and sidebar (index.html)
app-menu = 显示或隐藏分类
search-placeholder = 搜索文章
notifications = 通知
sync = 同步
sync-title = 立即同步 (r)
settings = 设置
help-title = 键盘快捷键 (?)
help = 键盘快捷键
navigation = 导航
view-front = 首页
view-all = 全部文章
view-unread = 未读
view-saved = 已收藏
view-archive = 归档
view-hidden = 已过滤
view-hidden-title = 被你的过滤器隐藏的文章
views = 视图
categories = 分类
articles = 文章
reader = 阅读器
help-next-prev = 下一篇 / 上一篇
help-open = 在浏览器中打开原文
help-save = 收藏或取消收藏
help-read = 标为已读或未读
help-sync = 立即同步
help-search = 搜索
help-help = 本帮助
help-escape = 关闭对话框，离开搜索框
help-keys-open = o 或回车
close = 关闭

## Sidebar
feed-muted-title = 已静音：不计入未读数，也不发通知
feed-muted-sr = ，已静音
feed-gone = 已失效
feed-error = 出错
sr-unread = {" "}篇未读
on-this-computer = 本机
feeds-failing = { $count ->
   *[other] { $count } 个订阅源出错
}
other-feeds = 其他订阅源
search-title = 搜索：{ $query }
sr-unread-of = {" "}{ $count } 篇中 { $unread } 篇未读

## Lists
saved-for-later = 稍后阅读
feed = 订阅源
also-reported-by = 同时报道的来源
sr-unread-row = 未读：
sr-saved-row = （已收藏）
also-reported = {" "}· 另有 { $count } 个来源报道
mark-all-read = 全部标为已读
save-view-title = 把这次搜索连同计数保留在侧边栏
save-view-prompt = 给这个视图起个名字
view-added = 视图“{ $name }”已保存
save-view = 保存为视图
collapse-title = 每条新闻只显示一次，无论有多少订阅源报道
collapse-off = 显示每篇报道
collapse-on = 每条新闻一行
marked-read = { $count } 篇已标为已读
loading = 正在加载…
empty-unread = 全部读完了。
empty-unread-hint = 下次同步后，新文章会出现在这里。
empty-saved = 还没有收藏。
empty-saved-hint = 在文章上按 s 或点“收藏”即可保存在这里；收藏的文章永远不会被删除。
empty-search = 没有结果。
empty-search-hint = 试试更少或不同的词。
empty-hidden = 没有被过滤的文章。
empty-hidden-hint = 被过滤器隐藏的文章会显示在这里，删除过滤器后它们会回来。
empty-list = 这里还没有文章。
empty-list-hint = 同步以获取最新内容，或在设置中查看订阅源的错误。
welcome = 欢迎使用 Bulletin
welcome-hint = 你还没有订阅任何订阅源。可以从主要媒体的新闻开始，也可以添加你自己的。
add-starter = 添加推荐订阅源
import-opml = 导入 OPML…
add-a-feed = 添加订阅源…
starter-added = 已添加 { $count } 个订阅源 — 正在同步…
opml-imported = 已导入 { $count } 个订阅源（{ $existing } 个已存在）— 正在同步…
empty-front = 还没有文章。
empty-front-hint = 首次同步正在进行。
unread-count = { $count } 篇未读
front-latest = { $category }：最新

## Reader
reader-empty = 选择一篇文章在这里阅读。
reader-empty-hint = j / k 在列表中移动 · ? 显示全部快捷键
by-author = 作者：{ $author }
previous = ← 上一篇
previous-title = 本分类中较新的文章
next = 下一篇 →
next-title = 本分类中较旧的文章
saved-button = ★ 已收藏
save-button = ☆ 收藏
save-title = 稍后阅读 (s)
mark-unread = 标为未读
mark-read = 标为已读
story-read = 整条新闻标为已读
story-read-done = 整条新闻已标为已读
story-save = 收藏整条新闻
story-save-done = 整条新闻已收藏
story-reports = 这条新闻的全部 { $count } 篇报道
open-original = 打开原文 ↗
open-original-title = 在浏览器中打开 (o)
copy-link = 复制链接
load-full = 加载全文
load-full-title = 适用于只提供摘要的订阅源
appeared-before = 文章{" "}
appeared-middle = {" "}首发于{" "}
appeared-after = 。
also-like = 你可能还喜欢
nothing-related = 暂无相关文章。
play-video = 播放视频
play-episode = 播放本集
video = 视频
audio = 音频
download = 下载
removed-from-saved = 已取消收藏
link-copied = 链接已复制
link-not-copied = 无法复制链接
loading-full = 正在加载全文…
full-failed = 无法加载全文：{ $error }
article-text = 文章正文

## Archive
archive-day = { $day }：{ $count } 篇文章
previous-month = 上个月
next-month = 下个月
archive-month = 本月 { $count } 篇文章
archive-empty = 本月没有文章。

## Notifications
reason-marker = 突发
reason-sources = 多个来源
reason-keyword = 关键词
reason-rule = 规则
status-folded = 已并入摘要
status-held = 免打扰时段内暂存
status-digest = 在汇总中
status-paused = 暂停期间
paused-toast = 通知已暂停至 { $when }
resumed-toast = 通知已恢复
paused-until = 暂停至 { $when }
resume = 恢复
pause-hour = 暂停 1 小时
pause-tomorrow = 暂停到明天
no-notifications = 还没有通知。世界突发新闻会出现在这里；在设置中选择哪些内容会通知你。
just-now = 刚刚

## Sync status
syncing-feeds = 正在同步 { $count } 个订阅源…
syncing-progress = 正在同步… { $done } / { $total }
sync-failed = 同步失败：{ $error }
sync-offline = 无法连接任何订阅源。你是否处于离线状态？Bulletin 会自行重试。
synced-at = 同步于 { $time }
synced-new = {" "}· { $count } 篇新文章
synced-failing = {" "}· { $count } 个订阅源出错（见设置）
start-failed = Bulletin 无法启动：{ $error }

## Settings
reading-and-sync = 阅读与同步
language = 语言
language-system = 系统语言
theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色
