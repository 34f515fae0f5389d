# 命令行工具的消息（参见 en/cli.ftl）。

cli-no-feeds = 还没有订阅源。用 `bulletin feeds add URL` 或 `bulletin starter` 添加。
cli-last-error = 上次错误：{ $error }
cli-no-articles = 没有文章。
cli-appeared-first = 文章首发于 { $site }。
cli-prev-next = 上一篇：{ $prev }  下一篇：{ $next }
cli-also-like = 你可能还喜欢：
cli-category-counts = { $unread } 篇未读 / { $total }
cli-done-removed = 已删除
cli-done-renamed = 已重命名
cli-done-moved = 已移动
cli-done-muted = 已静音
cli-done-unmuted = 已取消静音
cli-done-saved = 已收藏
cli-done-unsaved = 已取消收藏
cli-done-read = 已标为已读
cli-done-unread = 已标为未读
cli-marked-read = { $count } 篇文章已标为已读
cli-feed-added = 已添加 { $id } — { $title }（{ $count } 篇文章）
cli-imported = 已添加 { $added } 个订阅源，{ $existing } 个已存在。运行 `bulletin sync` 获取内容。
cli-sync-summary = 来自 { $feeds } 个订阅源{ $accounts ->
    [0] {""}
   *[other] 和 { $accounts } 个服务器账户
}的新文章 { $new } 篇（{ $updated } 个已更新，{ $unchanged } 个无变化，{ $failed } 个失败，{ $skipped } 个跳过），用时 { $ms } 毫秒
cli-failed = 失败
cli-account-failed = 账户 { $id } — { $error }
cli-watch-done = 新文章 { $new } 篇，{ $failed } 个订阅源失败（{ $ms } 毫秒）
cli-sync-failed = 同步失败：{ $error }
cli-no-notifications = 还没有通知。
cli-paused-until = 通知已暂停至 { $when }
cli-resumed = 通知已恢复
cli-no-filters = 没有过滤器。用 `bulletin filters add --match 词语 --action hide` 添加。
cli-filter-added = 已添加过滤器 { $filter }
cli-filter-removed = 已删除过滤器 { $id }
cli-articles-changed = { $count } 篇文章已更改
cli-no-views = 没有视图。用 `bulletin views add 名称 --query 词语` 添加。
cli-view-added = 已添加视图“{ $name }”：{ $count } 篇文章，{ $unread } 篇未读
cli-view-removed = 已删除视图“{ $name }”
cli-no-accounts = 没有账户。用 `bulletin account add greader --url URL --user 用户名` 添加。
cli-account-added = 已添加账户 { $id } — { $kind } { $user }，位于 { $url }
cli-account-removed = 已删除账户 { $id }
cli-account-refused = 服务器拒绝：{ $change } { $target }：{ $reason }
cli-subscribed-on = 已在账户 { $account } 上订阅 { $url }
cli-subscribed-on-queued = 已在账户 { $account } 上订阅
cli-imported-on = 已在账户 { $account } 上订阅 { $added } 个订阅源，{ $existing } 个已存在
cli-account-queued = 账户 { $id } 暂时无法同步（{ $error }）；更改已排队，下次同步时发送
cli-warn-plain-http = { $url } 使用未加密的 http：你的密码和文章将以明文在网络上传输。除非服务器在你自己的网络中，请使用 https。
cli-warn-no-keyring = 此系统没有凭据存储（Secret Service、钥匙串、凭据管理器）；密码保存在 { $file } 中，仅你可读
cli-account-line = { $user }，位于 { $url }（{ $feeds } 个订阅源，{ $unread } 篇未读，{ $pending } 项待发送，上次同步 { $last }）
cli-never = 从未
cli-progress-new = 新文章 { $count } 篇
cli-error = 错误：{ $message }
