// The score report's wording of each misconception; its own module so that only the report's
// chunk carries the text (the exam start screen needs the ids, not the sentences).
import type { Misconception } from '../../schemas/question';

/** The wrong belief behind each misconception id, as the score report says it to the learner. */
export const misconceptionText = {
	'async-is-batch': 'you treat asynchronous inference as if it were batch transform',
	'batch-for-live-callers': 'you pick batch transform where a caller is waiting for the answer',
	'serverless-has-gpus': 'you expect GPUs on serverless inference',
	'serverless-in-vpc': 'you expect serverless inference to run in your VPC',
	'serverless-payload-6mb': 'you give serverless the same payload limit as real-time',
	'serverless-data-capture': 'you expect data capture on serverless endpoints',
	'realtime-cannot-scale-to-zero': 'you forget which options can scale to zero',
	'async-timeout-15min': 'you take the asynchronous default processing time for its maximum',
	'async-no-cold-start': 'you forget that scaling up from zero takes time',
	'mme-mixed-frameworks': 'you put models of different frameworks on one multi-model endpoint',
	'mce-for-ab-testing':
		'you use multi-container endpoints for A/B tests instead of production variants',
	'mce-parallel-mode': 'you expect multi-container endpoints to run containers in parallel',
	'mme-per-model-scaling': 'you expect multi-model endpoints to scale each model on its own',
	'batch-unlimited-payload': 'you think batch transform has no per-request payload limit',
	'shadow-returns-responses': 'you think shadow variants answer callers',
	'canary-is-linear': 'you mix up canary and linear traffic shifting',
	'latency-as-predefined-metric': 'you take latency for a predefined scaling metric',
	'cpu-as-predefined-metric': 'you take CPU use for a predefined scaling metric',
	'elastic-inference-current': 'you treat Elastic Inference as a current service',
	'edge-manager-current': 'you treat Edge Manager as a current service',
	'neo-fixed-speedup': 'you expect Neo to give a fixed speed-up',
	'realtime-for-long-jobs': 'you pick real-time endpoints for jobs longer than they allow',
	'serverless-for-steady-traffic': 'you pick serverless for steady, busy traffic',
	'pipeline-single-container': 'you think an inference pipeline runs in one container',
	'variants-need-new-endpoint': 'you think a new model version needs a new endpoint',
	'kms-on-instance-storage': 'you misplace where KMS keys apply',
	'network-isolation-blocks-s3': 'you think network isolation blocks model artifacts in S3',
	'latency-metric-confusion': 'you mix up which latency metric measures what',
	'monitor-type-confusion': 'you mix up the four Model Monitor types',
	'rolling-everywhere': 'you expect rolling deployments where SageMaker does not offer them',
	'execution-role-vs-caller': "you mix up the model's execution role with the caller's permissions",
	'vpcconfig-vs-runtime-endpoint':
		"you mix up the model's VpcConfig with private access to the runtime API",
	'target-tracking-scales-from-zero': 'you expect target tracking alone to scale out from zero',
	'single-subnet-high-availability': 'you expect one subnet to give high availability',
	'rollback-is-manual': 'you forget that guardrails roll back on alarms by themselves',
	'partial-traffic-is-silent': 'you think a canary or variant share goes unnoticed by callers',
	'network-isolation-means-private': 'you take network isolation for private connectivity',
	'capture-in-cloudwatch': 'you expect captured data in CloudWatch instead of S3',
	'update-causes-downtime': 'you expect an endpoint update to cause downtime',
	'shadow-test-unbounded': 'you forget that a shadow test has a set duration',
	'neo-retrains-model': 'you think Neo retrains or changes the model',
	'monitor-runs-automatically': 'you expect Model Monitor to run without a baseline and schedule',
	'mme-is-mce': 'you mix up multi-model and multi-container endpoints',
	'cooldown-direction': 'you mix up scale-in and scale-out cooldowns',
	'backlog-as-predefined-metric': 'you take the asynchronous backlog for a predefined metric',
	'weights-for-targeting': 'you use variant weights where a request should name its variant',
	'trainium-for-inference': 'you pick training chips for inference',
	'serverless-scales-instances': 'you think serverless endpoints scale instances you manage',
	'no-termination-wait': 'you forget the wait before the old fleet is terminated',
	'mme-models-in-config':
		'you expect each multi-model model to be listed in the endpoint configuration',
	'invocations-only-scaling': 'you think invocations per instance is the only scaling metric',
	'classic-variant-min-zero': 'you expect a classic variant to scale to zero instances',
	'model-holds-hosting-settings':
		'you put instance type, scaling or traffic weights in the model resource',
	'endpoint-config-editable': 'you expect to change a live endpoint configuration in place',
	'realtime-queues-requests':
		'you expect a real-time endpoint to queue requests it has no capacity for',
	'serverless-billing-confusion': 'you misread how on-demand serverless inference is billed',
	'serverless-concurrency-warms': 'you expect MaxConcurrency to keep serverless environments warm',
	'serverless-convert-in-place':
		'you expect a real-time endpoint to turn serverless through an update',
	'serverless-multiple-variants': 'you expect several production variants on a serverless endpoint',
	'serverless-limits-underestimated': 'you think serverless limits are tighter than they are',
	'compute-size-lifts-limits':
		'you expect more memory or a bigger instance to lift a request limit',
	'async-ttl-confusion': 'you misread what the asynchronous request time-to-live does',
	'async-for-waiting-callers':
		'you expect an asynchronous call to serve a caller who waits for the answer',
	'batch-splits-one-file': 'you expect batch transform to spread one input file across instances',
	'batch-no-join': 'you forget that batch transform can join each prediction to its input record',
	'batch-cpu-only': 'you think batch transform cannot use GPU instances',
	'monitor-endpoints-only': 'you think data capture and Model Monitor work only on endpoints',
	'endpoint-for-stored-data':
		'you push stored bulk data through an endpoint instead of a batch transform job',
	'lambda-for-large-models':
		'you put a model in Lambda that needs a GPU or more than its limits allow',
	'containers-bring-ml-features':
		'you expect ECS or EKS to bring variants, rollouts and Model Monitor by themselves',
	'platform-ignores-team-skills':
		'you choose a deployment target that ignores the platform the team already runs',
	'orchestrator-hosts-models':
		"you expect an orchestrator or an endpoint to do the other one's job",
	'orchestrator-confusion': 'you mix up SageMaker Pipelines, Amazon MWAA and Step Functions',
	'sdk-script-is-iac': 'you treat scripts or console steps as infrastructure as code',
	'cdk-bypasses-cloudformation': 'you think the CDK deploys without CloudFormation stacks',
	'spot-for-endpoints': 'you expect Spot capacity for SageMaker endpoints',
	'compute-plan-covers-sagemaker': 'you expect a Compute Savings Plan to discount SageMaker',
	'reserved-instances-for-sagemaker': 'you expect EC2 Reserved Instances to apply to ml. instances',
	'commit-to-peak': 'you size a Savings Plan commitment to peak usage instead of the steady base',
	'tags-without-activation': 'you forget that tags must be activated as cost allocation tags',
	'cost-tool-confusion': 'you mix up Cost Explorer, Budgets and the other cost tools',
	'observability-tool-confusion': 'you mix up X-Ray, Logs Insights and Lambda Insights',
	'cloudwatch-for-audit': 'you look for who changed a resource somewhere other than CloudTrail',
	'cloudtrail-logs-predictions':
		'you expect CloudTrail or metrics to record requests and predictions',
	'data-events-by-default': 'you misremember what CloudTrail records without setup',
	'manual-monitoring-review':
		'you rely on people checking dashboards instead of automated monitoring',
	other: 'other slips',
} as const satisfies Record<Misconception, string>;
