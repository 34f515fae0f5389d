# The engine's errors: what the CLI prints after "error:" and the app shows.
# Arguments in quotes are what the person typed; details after a colon come
# from the system or a library and stay as they are.

## The database

err-db-busy = the database is in use by another program and stayed busy for 10 seconds; nothing was changed: try again when it is done
err-db-full = the disk is full: nothing was saved and the database is unharmed; free some space and try again
err-db-read-only = the database file cannot be written (read-only file or file system): nothing was saved; check its permissions
err-db-cannot-open = the database file cannot be opened: { $detail }
err-db-damaged = the database file is damaged or not Bulletin's: { $detail }
err-db-other = database error: { $detail }
err-migration = database migration failed: { $detail }
err-open = cannot open database { $path }: { $detail }
err-io = I/O error: { $detail }

## What was asked for is not there

err-feed-not-found = no feed with id { $id }
err-article-not-found = no article with id { $id }
err-category-not-found = no category named "{ $name }"
err-filter-not-found = no filter with id { $id }
err-account-not-found = no account with id { $id }
err-view-not-found = no view named "{ $name }"

## Subscribing

err-invalid-url = invalid URL "{ $url }": { $reason }
err-feed-exists = already subscribed to { $url }
err-no-feed-found = no feed found at { $url } (it is a web page without feed links)
err-opml = invalid OPML: { $detail }
err-added-fetch-failed = added, but fetching it failed: { $reason }
err-fever-subscribe = Fever cannot subscribe to feeds: subscribe on the server itself; the next sync brings the feed here
err-fever-subscribe-queued = Fever cannot subscribe to feeds: subscribe on the server
err-fever-structure = Fever cannot change feeds or categories: change them on the server
err-outbox-gave-up = gave up after { $tries } tries: { $reason }
err-outbox-not-kept = the server answered OK { $tries } times but did not keep this change

## Refused values

err-quiet-hours-format = quiet hours must look like 22:00-07:00, not "{ $value }"
err-quiet-hours-same = quiet hours must start and end at different times
err-rule-mode = a notification rule is off, breaking or all, not "{ $value }"
err-notification-reason = unknown notification reason "{ $value }"
err-filter-empty = a filter needs words, a phrase or a regex to match
err-filter-too-long = a filter's pattern is limited to { $max } characters
err-filter-regex = not a valid regex: { $reason }
err-category-name = a category needs a name
err-feed-interval = a feed's interval is from 1 to 10080 minutes (a week)
err-account-exists = there is already a { $kind } account for { $user } at { $url }
err-view-name = a view needs a name
err-view-query = a view needs words to search for
err-view-exists = there is already a view named "{ $name }"
err-bad-day = bad day { $day }
err-day-no-midnight = day { $day } has no local midnight
err-bad-month = expected a month as YYYY-MM, got "{ $value }"
err-setting-number = { $key } must be a whole number from { $lo } to { $hi }, not "{ $value }"
err-setting-retention = retention_days must be a number of days from 1 to 3650, or never (0), not "{ $value }"
err-setting-theme = theme must be system, light or dark, not "{ $value }"
err-setting-boolean = { $key } must be true or false
err-setting-seconds = { $key } must be unix seconds, not "{ $value }"
err-setting-keywords = keywords are limited to 4096 characters
err-setting-language = language must be system or one of { $languages }, not "{ $value }"
err-setting-unknown = unknown setting "{ $key }"
err-setting-not-number = setting { $key } is not a number: "{ $value }"

## Full articles and server accounts

err-page-unreadable = could not read the page: { $reason }
err-page-no-article = no article found on the page: { $reason }
err-page-broke-reader = the page broke the article reader ({ $reason })
err-extraction-failed = extraction failed: { $reason }
err-article-no-link = the article has no link
err-story-matching = story matching failed
err-server-items = converting server items failed: { $reason }
err-password-keep = cannot keep the password: { $reason }
err-password-remove = cannot remove the password: { $reason }

## One feed's fetch

err-fetch-connect = could not connect: { $detail }
err-fetch-timeout = timed out
err-fetch-network = network error: { $detail }
err-fetch-status = HTTP { $status }
err-fetch-gone = the feed is gone (HTTP 410); it will not be fetched again
err-fetch-retry-later = the server asked to wait (HTTP { $status }) until { $until }
err-fetch-redirects = too many redirects (more than { $max })
err-fetch-bad-redirect = bad redirect: { $detail }
err-fetch-too-large = the response is larger than { $max } bytes
err-fetch-html = not a feed: the server sent a web page
err-fetch-parse = could not parse the feed: { $detail }
err-fetch-undecodable = could not parse the feed: its bytes are not text (neither { $encoding } nor any encoding we can detect)
err-fetch-invalid-url = invalid feed URL: { $detail }

## A feed server

err-account-auth = the server refused the login: check the user name and the API password
err-account-retry-later = the server asked to wait until { $until }
err-account-status = HTTP { $status } from the server ({ $what })
err-account-protocol = the server's answer to { $what } is not what the protocol says: { $reason }
err-account-credentials = no password for this account: { $reason }
err-endpoint-url = the server URL "{ $url }" is not a URL: { $reason }
err-endpoint-scheme = the server URL must be http or https, not { $scheme }:
err-endpoint-join = cannot build the API URL: { $reason }
