{{/* Labels of the umbrella's own objects (the services' come from atrium-lib.labels). */}}
{{- define "atrium.labels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: atrium
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end }}

{{/* A runbook link: a section of docs/operations.md under monitoring.runbookBaseUrl. */}}
{{- define "atrium.runbook" -}}
{{- printf "%s#%s" (trimSuffix "/" .root.Values.monitoring.runbookBaseUrl) .anchor -}}
{{- end }}
