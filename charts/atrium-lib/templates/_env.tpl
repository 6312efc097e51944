{{/* An environment value as a string; numbers print as integers (never 1e+06). */}}
{{- define "atrium-lib.envValue" -}}
{{- if or (kindIs "float64" .) (kindIs "int64" .) (kindIs "int" .) -}}
{{- printf "%d" (int64 .) -}}
{{- else -}}
{{- toString . -}}
{{- end -}}
{{- end }}

{{/*
Every non-secret variable of docs/configuration.md for this service, as YAML: what the platform fixes
(ports, peers' addresses), what `global` shares, then the service's `env`, which wins.
*/}}
{{- define "atrium-lib.configEnv" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $platform := include "atrium-lib.platform" . | fromYaml -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- $env := dict "LOG_LEVEL" $global.logLevel "GRPC_DEADLINE_MS" $global.grpcDeadlineMs "SHUTDOWN_GRACE_MS" .Values.shutdownGraceMs -}}
{{- if eq $component.protocol "grpc" -}}
{{- $_ := set $env "GRPC_HOST" "0.0.0.0" -}}
{{- $_ := set $env "GRPC_PORT" $component.port -}}
{{- else -}}
{{- $_ := set $env "HOST" "0.0.0.0" -}}
{{- $_ := set $env "PORT" $component.port -}}
{{- end -}}
{{- $_ := set $env "METRICS_PORT" $global.metrics.port -}}
{{- $_ := set $env "OTEL_SERVICE_NAME" .Chart.Name -}}
{{- if $global.tracing.otlpEndpoint -}}
{{- $_ := set $env "OTEL_EXPORTER_OTLP_ENDPOINT" $global.tracing.otlpEndpoint -}}
{{- else -}}
{{- $_ := set $env "OTEL_SDK_DISABLED" "true" -}}
{{- end -}}
{{- if has "nats" $component.uses -}}
{{- if not $global.nats.existingSecret -}}
{{- $_ := set $env "NATS_URL" $global.nats.url -}}
{{- end -}}
{{- $_ := set $env "EVENTS_NAMESPACE" $global.events.namespace -}}
{{- end -}}
{{- if $component.jwt -}}
{{- $_ := set $env "JWT_ISSUER" $global.jwt.issuer -}}
{{- $_ := set $env "JWT_AUDIENCE" $global.jwt.audience -}}
{{- $_ := set $env "ACCESS_TOKEN_TTL_SECONDS" $global.jwt.accessTokenTtlSeconds -}}
{{- end -}}
{{- range $peer := $component.calls -}}
{{- $address := printf "%s:%s" (include "atrium-lib.peerName" (dict "root" $ "name" $peer)) (include "atrium-lib.envValue" (index $platform $peer).port) -}}
{{- $_ := set $env (printf "%s_ADDR" (upper $peer)) $address -}}
{{- end -}}
{{- range $name, $value := .Values.env -}}
{{- $_ := set $env $name $value -}}
{{- end -}}
{{- range $name := keys $env | sortAlpha }}
{{ $name }}: {{ include "atrium-lib.envValue" (index $env $name) | quote }}
{{- end -}}
{{- end }}

{{/* A secretKeyRef env entry. Takes (dict "name" "DATABASE_URL" "secret" "…" "key" "…" "what" "values path"). */}}
{{- define "atrium-lib.secretEnvVar" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "%s must name the Secret that holds %s (docs/operations.md, \"Secrets\")" .what .name) .secret | quote }}
      key: {{ required (printf "the key of %s in Secret %s is empty" .name .secret) .key | quote }}
{{- end }}

{{- define "atrium-lib.databaseUrlEnv" -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- include "atrium-lib.secretEnvVar" (dict "name" "DATABASE_URL" "secret" (.Values.database.existingSecret | default $global.database.existingSecret) "key" (.Values.database.secretKey | default .Chart.Name) "what" "database.existingSecret (or global.database.existingSecret)") -}}
{{- end }}

{{/* NATS_URL when it comes from a Secret (it may carry credentials); otherwise it is in the ConfigMap. */}}
{{- define "atrium-lib.natsUrlSecretEnv" -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- if $global.nats.existingSecret -}}
{{- include "atrium-lib.secretEnvVar" (dict "name" "NATS_URL" "secret" $global.nats.existingSecret "key" $global.nats.secretKey "what" "global.nats.existingSecret") -}}
{{- end -}}
{{- end }}

{{/* The variables a server container reads from Secrets: its database URL, NATS_URL if secret, `secretEnv`. */}}
{{- define "atrium-lib.secretEnv" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $entries := list -}}
{{- if has "postgres" $component.uses -}}
{{- $entries = append $entries (include "atrium-lib.databaseUrlEnv" .) -}}
{{- end -}}
{{- if has "nats" $component.uses -}}
{{- with include "atrium-lib.natsUrlSecretEnv" . -}}
{{- $entries = append $entries . -}}
{{- end -}}
{{- end -}}
{{- range $name, $ref := .Values.secretEnv -}}
{{- $entries = append $entries (include "atrium-lib.secretEnvVar" (dict "name" $name "secret" $ref.existingSecret "key" $ref.key "what" (printf "secretEnv.%s.existingSecret" $name))) -}}
{{- end -}}
{{- join "\n" $entries -}}
{{- end }}
