# Errores del motor: lo que la CLI escribe tras «error:» y lo que muestra la aplicación.

## La base de datos

err-db-busy = la base de datos está en uso por otro programa y siguió ocupada durante 10 segundos; no se cambió nada: inténtelo de nuevo cuando termine
err-db-full = el disco está lleno: no se guardó nada y la base de datos está intacta; libere espacio e inténtelo de nuevo
err-db-read-only = no se puede escribir el archivo de la base de datos (archivo o sistema de archivos de solo lectura): no se guardó nada; revise sus permisos
err-db-cannot-open = no se puede abrir el archivo de la base de datos: { $detail }
err-db-damaged = el archivo de la base de datos está dañado o no es de Bulletin: { $detail }
err-db-other = error de la base de datos: { $detail }
err-migration = falló la migración de la base de datos: { $detail }
err-open = no se puede abrir la base de datos { $path }: { $detail }
err-io = error de entrada/salida: { $detail }

## Lo pedido no existe

err-feed-not-found = no hay ningún feed con el id { $id }
err-article-not-found = no hay ningún artículo con el id { $id }
err-category-not-found = no hay ninguna categoría llamada «{ $name }»
err-filter-not-found = no hay ningún filtro con el id { $id }
err-account-not-found = no hay ninguna cuenta con el id { $id }
err-view-not-found = no hay ninguna vista llamada «{ $name }»

## Suscripciones

err-invalid-url = URL no válida «{ $url }»: { $reason }
err-feed-exists = ya está suscrito a { $url }
err-no-feed-found = no se encontró ningún feed en { $url } (es una página web sin enlaces a feeds)
err-opml = OPML no válido: { $detail }
err-added-fetch-failed = añadido, pero no se pudo descargar: { $reason }
err-fever-subscribe = Fever no puede suscribirse a feeds: suscríbase en el propio servidor; la próxima sincronización traerá el feed aquí
err-fever-subscribe-queued = Fever no puede suscribirse a feeds: suscríbase en el servidor
err-fever-structure = Fever no puede cambiar feeds ni categorías: cámbielos en el servidor
err-outbox-gave-up = abandonado tras { $tries } intentos: { $reason }
err-outbox-not-kept = el servidor respondió OK { $tries } veces pero no guardó este cambio

## Valores rechazados

err-quiet-hours-format = las horas de silencio deben tener la forma 22:00-07:00, no «{ $value }»
err-quiet-hours-same = las horas de silencio deben empezar y terminar a horas distintas
err-rule-mode = una regla de notificación es off, breaking o all, no «{ $value }»
err-notification-reason = motivo de notificación desconocido «{ $value }»
err-filter-empty = un filtro necesita palabras, una frase o una expresión regular
err-filter-too-long = el patrón de un filtro tiene un límite de { $max } caracteres
err-filter-regex = no es una expresión regular válida: { $reason }
err-category-name = una categoría necesita un nombre
err-feed-interval = el intervalo de un feed va de 1 a 10080 minutos (una semana)
err-account-exists = ya existe una cuenta { $kind } para { $user } en { $url }
err-view-name = una vista necesita un nombre
err-view-query = una vista necesita palabras que buscar
err-view-exists = ya existe una vista llamada «{ $name }»
err-bad-day = día no válido { $day }
err-day-no-midnight = el día { $day } no tiene medianoche local
err-bad-month = se esperaba un mes como AAAA-MM, no «{ $value }»
err-setting-number = { $key } debe ser un número entero de { $lo } a { $hi }, no «{ $value }»
err-setting-retention = retention_days debe ser un número de días de 1 a 3650, o nunca (0), no «{ $value }»
err-setting-theme = theme debe ser system, light o dark, no «{ $value }»
err-setting-boolean = { $key } debe ser true o false
err-setting-seconds = { $key } debe darse en segundos Unix, no «{ $value }»
err-setting-keywords = las palabras clave tienen un límite de 4096 caracteres
err-setting-language = language debe ser system o uno de { $languages }, no «{ $value }»
err-setting-unknown = ajuste desconocido «{ $key }»
err-setting-not-number = el ajuste { $key } no es un número: «{ $value }»

## Artículos completos y cuentas de servidor

err-page-unreadable = no se pudo leer la página: { $reason }
err-page-no-article = no se encontró ningún artículo en la página: { $reason }
err-page-broke-reader = la página rompió el lector de artículos ({ $reason })
err-extraction-failed = falló la extracción: { $reason }
err-article-no-link = el artículo no tiene enlace
err-story-matching = falló la agrupación de noticias
err-server-items = falló la conversión de los elementos del servidor: { $reason }
err-password-keep = no se puede guardar la contraseña: { $reason }
err-password-remove = no se puede quitar la contraseña: { $reason }

## La descarga de un feed

err-fetch-connect = no se pudo conectar: { $detail }
err-fetch-timeout = se agotó el tiempo de espera
err-fetch-network = error de red: { $detail }
err-fetch-status = HTTP { $status }
err-fetch-gone = el feed ya no existe (HTTP 410); no se volverá a descargar
err-fetch-retry-later = el servidor pidió esperar (HTTP { $status }) hasta { $until }
err-fetch-redirects = demasiadas redirecciones (más de { $max })
err-fetch-bad-redirect = redirección incorrecta: { $detail }
err-fetch-too-large = la respuesta supera los { $max } bytes
err-fetch-html = no es un feed: el servidor envió una página web
err-fetch-parse = no se pudo leer el feed: { $detail }
err-fetch-undecodable = no se pudo leer el feed: sus bytes no son texto (ni { $encoding } ni ninguna codificación que podamos detectar)
err-fetch-invalid-url = URL de feed no válida: { $detail }

## Un servidor de feeds

err-account-auth = el servidor rechazó el inicio de sesión: revise el nombre de usuario y la contraseña de la API
err-account-retry-later = el servidor pidió esperar hasta { $until }
err-account-status = HTTP { $status } del servidor ({ $what })
err-account-protocol = la respuesta del servidor a { $what } no es la que dice el protocolo: { $reason }
err-account-credentials = no hay contraseña para esta cuenta: { $reason }
err-endpoint-url = la URL del servidor «{ $url }» no es una URL: { $reason }
err-endpoint-scheme = la URL del servidor debe ser http o https, no { $scheme }:
err-endpoint-join = no se puede construir la URL de la API: { $reason }
