{{- define "atrium-lib.deployment" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $global := include "atrium-lib.global" . | fromYaml -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "atrium-lib.fullname" . }}
  labels:
    {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "atrium-lib.selectorLabels" (dict "root" . "component" "server") | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      # A new pod must be ready before an old one goes.
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "atrium-lib.labels" (dict "root" . "component" "server") | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        # Variables are read once at start: a changed ConfigMap must roll the pods.
        checksum/config: {{ include "atrium-lib.configEnv" . | sha256sum }}
        # For Prometheus's pod discovery (kubernetes_sd_configs role: pod); a ServiceMonitor is the
        # alternative (monitoring.serviceMonitor in charts/atrium).
        prometheus.io/scrape: 'true'
        prometheus.io/port: {{ $global.metrics.port | quote }}
        prometheus.io/path: /metrics
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "atrium-lib.serviceAccountName" . }}
      # The services never call the Kubernetes API.
      automountServiceAccountToken: false
      {{- with include "atrium-lib.imagePullSecrets" . }}
      {{- . | nindent 6 }}
      {{- end }}
      securityContext:
        {{- include "atrium-lib.podSecurityContext" . | nindent 8 }}
      terminationGracePeriodSeconds: {{ include "atrium-lib.terminationGracePeriodSeconds" . }}
      {{- with .Values.priorityClassName }}
      priorityClassName: {{ . }}
      {{- end }}
      {{- if .Values.topologySpread.enabled }}
      topologySpreadConstraints:
        {{- range .Values.topologySpread.topologyKeys }}
        - topologyKey: {{ . }}
          maxSkew: {{ $.Values.topologySpread.maxSkew }}
          whenUnsatisfiable: {{ $.Values.topologySpread.whenUnsatisfiable }}
          labelSelector:
            matchLabels:
              {{- include "atrium-lib.selectorLabels" (dict "root" $ "component" "server") | nindent 14 }}
          # Counts only pods of the same ReplicaSet, so a rollout is not skewed by the pods it replaces.
          matchLabelKeys: [pod-template-hash]
        {{- end }}
      {{- end }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "atrium-lib.image" . | quote }}
          imagePullPolicy: {{ include "atrium-lib.imagePullPolicy" . }}
          ports:
            - name: {{ $component.protocol }}
              containerPort: {{ $component.port }}
              protocol: TCP
            - name: metrics
              containerPort: {{ $global.metrics.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "atrium-lib.fullname" . }}
          {{- $env := include "atrium-lib.secretEnv" . | trim }}
          {{- if or $env .Values.extraEnv }}
          env:
            {{- with $env }}
            {{- . | nindent 12 }}
            {{- end }}
            {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- end }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            {{- include "atrium-lib.containerSecurityContext" . | nindent 12 }}
          {{- include "atrium-lib.probes" . | trim | nindent 10 }}
          lifecycle:
            preStop:
              # SIGTERM only after the endpoint is gone from every Service, so no new call lands mid-drain.
              sleep:
                seconds: {{ .Values.preStopSleepSeconds }}
          volumeMounts:
            {{- include "atrium-lib.tmpVolumeMount" . | nindent 12 }}
      volumes:
        {{- include "atrium-lib.tmpVolume" . | nindent 8 }}
{{- end }}
