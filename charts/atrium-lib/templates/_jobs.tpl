{{/*
Hook Jobs run in the service's own image before any of the release's pods change (pre-install and
pre-upgrade). Helm runs hooks by ascending weight across the umbrella chart: every service's migrations
(weight 10), then the JetStream streams (weight 20), then the release's other objects. A failed hook
fails the install or upgrade and leaves the running pods untouched; the failed Job stays for
`kubectl logs` until the next attempt replaces it.
*/}}
{{- define "atrium-lib.jobName" -}}
{{- printf "%s-%s" (include "atrium-lib.fullname" .root | trunc 52 | trimSuffix "-") .suffix -}}
{{- end }}

{{/* Pod spec fields every hook Job shares. */}}
{{- define "atrium-lib.jobPodSpec" -}}
restartPolicy: Never
automountServiceAccountToken: false
{{- with include "atrium-lib.imagePullSecrets" . }}
{{ . }}
{{- end }}
securityContext:
  {{- include "atrium-lib.podSecurityContext" . | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
volumes:
  {{- include "atrium-lib.tmpVolume" . | nindent 2 }}
{{- end }}

{{/* Container fields every hook Job shares. Takes (dict "root" $ "resources" …). */}}
{{- define "atrium-lib.jobContainer" -}}
image: {{ include "atrium-lib.image" .root | quote }}
imagePullPolicy: {{ include "atrium-lib.imagePullPolicy" .root }}
resources:
  {{- toYaml .resources | nindent 2 }}
securityContext:
  {{- include "atrium-lib.containerSecurityContext" .root | nindent 2 }}
volumeMounts:
  {{- include "atrium-lib.tmpVolumeMount" .root | nindent 2 }}
{{- end }}

{{/*
Applies the service's SQL migrations with the project's migrator (libs/db cli), which records them in
Prisma's _prisma_migrations table. The service would also migrate at start; doing it here first means a
bad migration stops the upgrade before any pod is replaced. With createDatabase, an init container first
creates the database the URL names (the URL's user needs CREATEDB).
*/}}
{{- define "atrium-lib.migrationsJob" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $migrations := .Values.migrations | default dict -}}
{{- if and (has "postgres" $component.uses) $migrations.enabled -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "atrium-lib.jobName" (dict "root" . "suffix" "migrations") }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "migrations") | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "10"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ $migrations.backoffLimit }}
  activeDeadlineSeconds: {{ $migrations.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- include "atrium-lib.labels" (dict "root" . "component" "migrations") | nindent 8 }}
    spec:
      {{- include "atrium-lib.jobPodSpec" . | nindent 6 }}
      {{- if $migrations.createDatabase }}
      initContainers:
        - name: create-database
          # The image's entrypoint (tini) stays PID 1, so args rather than command.
          args: [node, /app/libs/db/dist/cli.js, create-database]
          env:
            {{- include "atrium-lib.databaseUrlEnv" . | nindent 12 }}
          {{- include "atrium-lib.jobContainer" (dict "root" . "resources" $migrations.resources) | nindent 10 }}
      {{- end }}
      containers:
        - name: migrate
          args:
            - node
            - /app/libs/db/dist/cli.js
            - migrate
            - --dir
            - /app/services/{{ .Chart.Name }}/prisma/migrations
          env:
            {{- include "atrium-lib.databaseUrlEnv" . | nindent 12 }}
          {{- include "atrium-lib.jobContainer" (dict "root" . "resources" $migrations.resources) | nindent 10 }}
{{- end -}}
{{- end }}

{{/*
Creates the service's JetStream stream, or brings it to the settings the code expects
(deploy/provision-streams.js), with global.nats.streamReplicas replicas. Services that publish also do
this at start; provisioning it first gives a new stream the cluster's replica count before anything
writes to it, and fails the upgrade early when NATS is unreachable.
*/}}
{{- define "atrium-lib.streamsJob" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
{{- $streams := .Values.streams | default dict -}}
{{- if and $component.stream $streams.enabled -}}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "atrium-lib.jobName" (dict "root" . "suffix" "streams") }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "streams") | nindent 4 }}
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-weight: "20"
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: {{ $streams.backoffLimit }}
  activeDeadlineSeconds: {{ $streams.activeDeadlineSeconds }}
  template:
    metadata:
      labels:
        {{- include "atrium-lib.labels" (dict "root" . "component" "streams") | nindent 8 }}
    spec:
      {{- include "atrium-lib.jobPodSpec" . | nindent 6 }}
      containers:
        - name: provision-streams
          args: [node, /app/deploy/provision-streams.js, {{ .Chart.Name }}]
          env:
            {{- if $global.nats.existingSecret }}
            {{- include "atrium-lib.natsUrlSecretEnv" . | nindent 12 }}
            {{- else }}
            - name: NATS_URL
              value: {{ $global.nats.url | quote }}
            {{- end }}
            - name: EVENTS_NAMESPACE
              value: {{ $global.events.namespace | quote }}
            - name: STREAM_REPLICAS
              value: {{ $global.nats.streamReplicas | quote }}
          {{- include "atrium-lib.jobContainer" (dict "root" . "resources" $streams.resources) | nindent 10 }}
{{- end -}}
{{- end }}
