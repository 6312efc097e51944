{{/*
Object names are <release>-<chart>, without the usual "contains the release name" shortcut: peers find
each other's Services by this rule (atrium-lib.peerName), so it must not depend on the release name.
*/}}
{{- define "atrium-lib.fullname" -}}
{{- include "atrium-lib.peerName" (dict "root" . "name" .Chart.Name) -}}
{{- end }}

{{/* The object name of another component of the same release. Takes (dict "root" $ "name" "tenancy"). */}}
{{- define "atrium-lib.peerName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end }}

{{/* Labels every object carries. Takes (dict "root" $ "component" "server"). */}}
{{- define "atrium-lib.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "atrium-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: atrium
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{/*
Labels that select one component's pods: `server` for the Deployment, `migrations` and `streams` for the
hook Jobs. Takes (dict "root" $ "component" "server"), or "name" for another component's server pods.
*/}}
{{- define "atrium-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ .name | default .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "atrium-lib.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- include "atrium-lib.fullname" . -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end }}

{{/* registry/repository, then @digest when set, else :tag (the service's, the global one, the appVersion). */}}
{{- define "atrium-lib.image" -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- $repository := .Values.image.repository -}}
{{- with $global.image.registry -}}
{{- $repository = printf "%s/%s" (trimSuffix "/" .) $repository -}}
{{- end -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" $repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (.Values.image.tag | default $global.image.tag | default .Chart.AppVersion) -}}
{{- end -}}
{{- end }}

{{- define "atrium-lib.imagePullPolicy" -}}
{{- .Values.image.pullPolicy | default (include "atrium-lib.global" . | fromYaml).image.pullPolicy -}}
{{- end }}
