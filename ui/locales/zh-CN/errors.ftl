# 引擎的错误：命令行在“错误：”之后输出的内容，以及应用显示的内容。

## 数据库

err-db-busy = 数据库正被其他程序使用，且 10 秒内一直忙碌；未做任何更改：请在其完成后重试
err-db-full = 磁盘已满：未保存任何内容，数据库完好无损；请释放一些空间后重试
err-db-read-only = 无法写入数据库文件（文件或文件系统为只读）：未保存任何内容；请检查其权限
err-db-cannot-open = 无法打开数据库文件：{ $detail }
err-db-damaged = 数据库文件已损坏或不属于 Bulletin：{ $detail }
err-db-other = 数据库错误：{ $detail }
err-migration = 数据库迁移失败：{ $detail }
err-open = 无法打开数据库 { $path }：{ $detail }
err-io = 输入/输出错误：{ $detail }

## 所请求的内容不存在

err-feed-not-found = 没有 ID 为 { $id } 的订阅源
err-article-not-found = 没有 ID 为 { $id } 的文章
err-category-not-found = 没有名为“{ $name }”的分类
err-filter-not-found = 没有 ID 为 { $id } 的过滤器
err-account-not-found = 没有 ID 为 { $id } 的账户
err-view-not-found = 没有名为“{ $name }”的视图

## 订阅

err-invalid-url = 无效的网址“{ $url }”：{ $reason }
err-feed-exists = 已订阅 { $url }
err-no-feed-found = 在 { $url } 未找到订阅源（这是一个没有订阅源链接的网页）
err-opml = 无效的 OPML：{ $detail }
err-added-fetch-failed = 已添加，但获取失败：{ $reason }
err-fever-subscribe = Fever 无法订阅订阅源：请在服务器上订阅；下次同步会把该订阅源带到这里
err-fever-subscribe-queued = Fever 无法订阅订阅源：请在服务器上订阅
err-fever-structure = Fever 无法更改订阅源或分类：请在服务器上更改
err-outbox-gave-up = 尝试 { $tries } 次后放弃：{ $reason }
err-outbox-not-kept = 服务器 { $tries } 次回答成功，但没有保存这项更改

## 被拒绝的值

err-quiet-hours-format = 免打扰时段的格式应为 22:00-07:00，而不是“{ $value }”
err-quiet-hours-same = 免打扰时段的开始和结束时间必须不同
err-rule-mode = 通知规则只能是 off、breaking 或 all，而不是“{ $value }”
err-notification-reason = 未知的通知原因“{ $value }”
err-filter-empty = 过滤器需要要匹配的词语、短语或正则表达式
err-filter-too-long = 过滤器的模式最多 { $max } 个字符
err-filter-regex = 不是有效的正则表达式：{ $reason }
err-category-name = 分类需要一个名称
err-feed-interval = 订阅源的间隔为 1 到 10080 分钟（一周）
err-account-exists = { $url } 上已有 { $user } 的 { $kind } 账户
err-view-name = 视图需要一个名称
err-view-query = 视图需要要搜索的词语
err-view-exists = 已有名为“{ $name }”的视图
err-bad-day = 无效的日期 { $day }
err-day-no-midnight = 日期 { $day } 没有本地午夜
err-bad-month = 月份应为 YYYY-MM 格式，而不是“{ $value }”
err-setting-number = { $key } 必须是 { $lo } 到 { $hi } 之间的整数，而不是“{ $value }”
err-setting-retention = retention_days 必须是 1 到 3650 之间的天数，或永不（0），而不是“{ $value }”
err-setting-theme = theme 必须是 system、light 或 dark，而不是“{ $value }”
err-setting-boolean = { $key } 必须是 true 或 false
err-setting-seconds = { $key } 必须是 Unix 秒数，而不是“{ $value }”
err-setting-keywords = 关键词最多 4096 个字符
err-setting-language = language 必须是 system 或 { $languages } 之一，而不是“{ $value }”
err-setting-unknown = 未知的设置“{ $key }”
err-setting-not-number = 设置 { $key } 不是数字：“{ $value }”

## 全文与服务器账户

err-page-unreadable = 无法读取该网页：{ $reason }
err-page-no-article = 在该网页上未找到文章：{ $reason }
err-page-broke-reader = 该网页使文章阅读器出错（{ $reason }）
err-extraction-failed = 提取失败：{ $reason }
err-article-no-link = 该文章没有链接
err-story-matching = 新闻归组失败
err-server-items = 转换服务器条目失败：{ $reason }
err-password-keep = 无法保存密码：{ $reason }
err-password-remove = 无法删除密码：{ $reason }

## 获取一个订阅源

err-fetch-connect = 无法连接：{ $detail }
err-fetch-timeout = 超时
err-fetch-network = 网络错误：{ $detail }
err-fetch-status = HTTP { $status }
err-fetch-gone = 该订阅源已不存在（HTTP 410）；将不再获取
err-fetch-retry-later = 服务器要求等待（HTTP { $status }）至 { $until }
err-fetch-redirects = 重定向次数过多（超过 { $max } 次）
err-fetch-bad-redirect = 错误的重定向：{ $detail }
err-fetch-too-large = 响应大于 { $max } 字节
err-fetch-html = 不是订阅源：服务器发送的是网页
err-fetch-parse = 无法解析该订阅源：{ $detail }
err-fetch-undecodable = 无法解析该订阅源：其字节不是文本（既不是 { $encoding }，也不是我们能识别的任何编码）
err-fetch-invalid-url = 无效的订阅源网址：{ $detail }

## 订阅源服务器

err-account-auth = 服务器拒绝了登录：请检查用户名和 API 密码
err-account-retry-later = 服务器要求等待至 { $until }
err-account-status = 服务器返回 HTTP { $status }（{ $what }）
err-account-protocol = 服务器对 { $what } 的响应不符合协议：{ $reason }
err-account-credentials = 此账户没有密码：{ $reason }
err-endpoint-url = 服务器网址“{ $url }”不是有效网址：{ $reason }
err-endpoint-scheme = 服务器网址必须是 http 或 https，而不是 { $scheme }:
err-endpoint-join = 无法构造 API 网址：{ $reason }
