{{/*
Restricted pod security (Pod Security Standards "restricted"). 1000 is the `node` user of the image
(deploy/Dockerfile), set numerically so the kubelet can verify runAsNonRoot.
*/}}
{{- define "atrium-lib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "atrium-lib.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
privileged: false
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{/* The only writable path: node and its libraries may write temporary files. */}}
{{- define "atrium-lib.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .Values.tmpSizeLimit }}
{{- end }}

{{- define "atrium-lib.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end }}

{{- define "atrium-lib.imagePullSecrets" -}}
{{- with (include "atrium-lib.global" . | fromYaml).imagePullSecrets -}}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end -}}
{{- end }}

{{/*
Probes. gRPC services answer grpc.health.v1 (libs/grpc health): their own service name is SERVING only
while the database and NATS answer, which is what readiness means. Liveness and startup ask for the
overall status ('') with a patient failure threshold, so that a short database outage makes the pod
unready without restarting it. The gateway answers /healthz (the process runs) and /readyz (every
backend answers).
*/}}
{{- define "atrium-lib.probes" -}}
{{- $component := include "atrium-lib.component" . | fromYaml -}}
{{- $probes := .Values.probes -}}
{{- if eq $component.protocol "grpc" }}
startupProbe:
  grpc:
    port: {{ $component.port }}
    service: liveness
  {{- toYaml $probes.startup | nindent 2 }}
readinessProbe:
  grpc:
    port: {{ $component.port }}
    service: {{ $component.grpcService }}
  {{- toYaml $probes.readiness | nindent 2 }}
livenessProbe:
  grpc:
    port: {{ $component.port }}
    service: liveness
  {{- toYaml $probes.liveness | nindent 2 }}
{{- else }}
startupProbe:
  httpGet:
    path: /healthz
    port: http
  {{- toYaml $probes.startup | nindent 2 }}
readinessProbe:
  httpGet:
    path: /readyz
    port: http
  {{- toYaml $probes.readiness | nindent 2 }}
livenessProbe:
  httpGet:
    path: /healthz
    port: http
  {{- toYaml $probes.liveness | nindent 2 }}
{{- end }}
{{- end }}

{{/*
Seconds the kubelet waits after SIGTERM: the preStop pause, the service's own drain (SHUTDOWN_GRACE_MS),
then time to drain NATS and close the pool. An explicit value shorter than pause + drain is refused.
*/}}
{{- define "atrium-lib.terminationGracePeriodSeconds" -}}
{{- $drain := add (int .Values.preStopSleepSeconds) (div (add (int64 .Values.shutdownGraceMs) 999) 1000) -}}
{{- $seconds := int64 (.Values.terminationGracePeriodSeconds | default (add $drain 10)) -}}
{{- if le $seconds $drain -}}
{{- fail (printf "terminationGracePeriodSeconds (%d) must be longer than preStopSleepSeconds + shutdownGraceMs (%d s), or the kubelet kills %s mid-drain" $seconds $drain .Chart.Name) -}}
{{- end -}}
{{- $seconds -}}
{{- end }}
