# Mensajes de la herramienta de línea de órdenes (véase en/cli.ftl).

cli-no-feeds = Aún no hay fuentes. Añade una con `bulletin feeds add URL` o `bulletin starter`.
cli-last-error = último error: { $error }
cli-no-articles = No hay artículos.
cli-appeared-first = La entrada apareció primero en { $site }.
cli-prev-next = anterior: { $prev }  siguiente: { $next }
cli-also-like = También te puede interesar:
cli-category-counts = { $unread } sin leer / { $total }
cli-done-removed = eliminado
cli-done-renamed = renombrado
cli-done-moved = movido
cli-done-muted = silenciado
cli-done-unmuted = ya no está silenciado
cli-done-saved = guardado
cli-done-unsaved = quitado de guardados
cli-done-read = marcado como leído
cli-done-unread = marcado como no leído
cli-marked-read = { $count ->
    [one] 1 artículo marcado como leído
   *[other] { $count } artículos marcados como leídos
}
cli-feed-added = añadida { $id } — { $title } ({ $count ->
    [one] 1 artículo
   *[other] { $count } artículos
})
cli-imported = { $added ->
    [one] 1 fuente añadida
   *[other] { $added } fuentes añadidas
}, { $existing } ya estaban. Ejecuta `bulletin sync` para descargarlas.
cli-sync-summary = { $new ->
    [one] 1 artículo nuevo
   *[other] { $new } artículos nuevos
} de { $feeds ->
    [one] 1 fuente
   *[other] { $feeds } fuentes
}{ $accounts ->
    [0] {""}
    [one] {" "}y 1 cuenta de servidor
   *[other] {" "}y { $accounts } cuentas de servidor
} ({ $updated } actualizadas, { $unchanged } sin cambios, { $failed } con errores, { $skipped } omitidas) en { $ms } ms
cli-failed = con errores
cli-account-failed = cuenta { $id } — { $error }
cli-watch-done = { $new ->
    [one] 1 artículo nuevo
   *[other] { $new } artículos nuevos
}, { $failed ->
    [one] 1 fuente con errores
   *[other] { $failed } fuentes con errores
} ({ $ms } ms)
cli-sync-failed = la actualización falló: { $error }
cli-no-notifications = Aún no hay notificaciones.
cli-paused-until = notificaciones en pausa hasta { $when }
cli-resumed = notificaciones reanudadas
cli-no-filters = No hay filtros. Añade uno con `bulletin filters add --match PALABRAS --action hide`.
cli-filter-added = filtro añadido: { $filter }
cli-filter-removed = filtro { $id } eliminado
cli-articles-changed = { $count ->
    [one] 1 artículo cambiado
   *[other] { $count } artículos cambiados
}
cli-no-views = No hay vistas. Añade una con `bulletin views add NOMBRE --query PALABRAS`.
cli-view-added = vista «{ $name }» añadida: { $count } artículos, { $unread } sin leer
cli-view-removed = vista «{ $name }» eliminada
cli-no-accounts = No hay cuentas. Añade una con `bulletin account add greader --url URL --user USUARIO`.
cli-account-added = cuenta { $id } añadida — { $kind } { $user } en { $url }
cli-account-removed = cuenta { $id } eliminada
cli-account-refused = rechazado por el servidor: { $change } { $target }: { $reason }
cli-subscribed-on = suscrito a { $url } en la cuenta { $account }
cli-subscribed-on-queued = suscrito en la cuenta { $account }
cli-imported-on = { $added ->
    [one] 1 fuente suscrita
   *[other] { $added } fuentes suscritas
} en la cuenta { $account }, { $existing } ya estaban
cli-account-queued = la cuenta { $id } no pudo sincronizarse ahora ({ $error }); el cambio queda en cola para la próxima actualización
cli-warn-plain-http = { $url } es http sin cifrar: tu contraseña y tus artículos viajan por la red sin cifrar. Usa https salvo que el servidor esté en tu propia red.
cli-warn-no-keyring = este sistema no tiene almacén de credenciales (Secret Service, Llavero, Administrador de credenciales); la contraseña se guarda en { $file }, legible solo por ti
cli-account-line = { $user } en { $url }  ({ $feeds } fuentes, { $unread } sin leer, { $pending } pendientes, última sincronización { $last })
cli-never = nunca
cli-progress-new = { $count ->
    [one] 1 artículo nuevo
   *[other] { $count } artículos nuevos
}
cli-error = error: { $message }
cli-cause = { $context }: { $cause }
cli-warning = aviso: { $message }
cli-no-data-dir = este sistema no tiene directorio de datos; indique --db RUTA
cli-opening = al abrir { $path }
cli-reading = al leer { $path }
cli-writing = al escribir { $path }
cli-unknown-value = valor desconocido «{ $value }»
cli-password-stdin = al leer la contraseña de la entrada estándar
cli-no-password = sin contraseña: use --password-stdin o defina { $env }
cli-empty-password = la contraseña está vacía

# Errores de uso (de clap, redactados aquí)
cli-usage-unknown-argument = argumento inesperado «{ $arg }»
cli-usage-unknown-command = orden desconocida «{ $name }»
cli-usage-value-required = «{ $arg }» necesita un valor y no se dio ninguno
cli-usage-invalid-value = valor no válido «{ $value }» para «{ $arg }»
cli-usage-between = debe ser un número entero de { $min } a { $max }
cli-usage-not-a-number = no es un número entero
cli-usage-possible-values = valores posibles: { $values }
cli-usage-missing-arguments = faltan estos argumentos obligatorios:
cli-usage-missing-command = «{ $name }» necesita una orden y no se dio ninguna
cli-usage-commands = órdenes: { $values }
cli-usage-repeated = el argumento «{ $arg }» no puede usarse más de una vez
cli-usage-conflict = el argumento «{ $arg }» no puede usarse junto con «{ $other }»
cli-usage-too-many-values = valor inesperado «{ $value }» para «{ $arg }»; no se esperaban más
cli-usage-value-count = «{ $arg }» necesita { $expected } valores, pero se dieron { $actual }
cli-usage-no-equals = los valores de «{ $arg }» se dan con un signo igual
cli-usage-invalid-utf8 = hay UTF-8 no válido en los argumentos
cli-usage-other = no se pudieron leer los argumentos
cli-usage-tip-command = consejo: existe una orden parecida: «{ $similar }»
cli-usage-tip-argument = consejo: existe un argumento parecido: «{ $similar }»
cli-usage-tip-value = consejo: existe un valor parecido: «{ $similar }»
cli-usage-tip-escape = consejo: para pasar «{ $arg }» como valor, escriba «-- { $arg }»
cli-usage-more = Para más información, pruebe «{ $flag }».
