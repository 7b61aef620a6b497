// The SageMaker Python SDK code for a configuration, so a learner sees what the knobs are called.
import type { InferenceOption } from '../../engine/advisor/types';
import type { Scenario } from '../../engine/simulator/types';

const header = `import sagemaker
from sagemaker.model import Model

# Fill in your own image, model artefact and role.
model = Model(image_uri="<image-uri>", model_data="s3://<bucket>/model.tar.gz", role="<role-arn>")
`;

const scaling = (
	resource: string,
	min: number,
	max: number,
	metric: string,
	target: number,
	custom: boolean,
) => `
import boto3
autoscaling = boto3.client("application-autoscaling")
autoscaling.register_scalable_target(
    ServiceNamespace="sagemaker",
    ResourceId="${resource}",
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    MinCapacity=${min},
    MaxCapacity=${max},
)
autoscaling.put_scaling_policy(
    PolicyName="${custom ? 'backlog' : 'invocations'}-target-tracking",
    ServiceNamespace="sagemaker",
    ResourceId="${resource}",
    ScalableDimension="sagemaker:variant:DesiredInstanceCount",
    PolicyType="TargetTrackingScaling",
    TargetTrackingScalingPolicyConfiguration={
        "TargetValue": ${target},
        ${
					custom
						? `"CustomizedMetricSpecification": {
            "MetricName": "${metric}",
            "Namespace": "AWS/SageMaker",
            "Dimensions": [{"Name": "EndpointName", "Value": predictor.endpoint_name}],
            "Statistic": "Average",
        },`
						: `"PredefinedMetricSpecification": {"PredefinedMetricType": "${metric}"},`
				}
    },
)
`;

const resource = 'endpoint/" + predictor.endpoint_name + "/variant/AllTraffic';

const writers = {
	'real-time': (s: Scenario) => {
		const rt = s.realTime;
		if (!rt) return '';
		const a = rt.autoscaling;
		return `${header}
predictor = model.deploy(
    initial_instance_count=${rt.instances},
    instance_type="${rt.instanceType}",
)
${a ? scaling(resource, a.minInstances, a.maxInstances, 'SageMakerVariantInvocationsPerInstance', a.target, false) : ''}`;
	},
	serverless: (s: Scenario) => {
		const c = s.serverless;
		if (!c) return '';
		return `${header}from sagemaker.serverless import ServerlessInferenceConfig

predictor = model.deploy(
    serverless_inference_config=ServerlessInferenceConfig(
        memory_size_in_mb=${c.memoryMB},
        max_concurrency=${c.maxConcurrency},${c.provisionedConcurrency ? `\n        provisioned_concurrency=${c.provisionedConcurrency},` : ''}
    ),
)
`;
	},
	asynchronous: (s: Scenario) => {
		const a = s.asynchronous;
		if (!a) return '';
		return `${header}from sagemaker.async_inference import AsyncInferenceConfig

predictor = model.deploy(
    initial_instance_count=${Math.max(1, a.instances)},
    instance_type="${a.instanceType}",
    async_inference_config=AsyncInferenceConfig(
        output_path="s3://<bucket>/async-output/",
        max_concurrent_invocations_per_instance=${a.maxConcurrentPerInstance},
    ),
)
# Requests carry their own TTL and timeout, e.g.
# predictor.predict_async(input_path="s3://<bucket>/in.json",
#     request_ttl_seconds=${a.requestTtlSeconds ?? 21600}, invocation_timeout_seconds=${a.invocationTimeoutSeconds ?? 900})
${scaling(resource, a.minInstances, a.maxInstances, 'ApproximateBacklogSizePerInstance', a.targetBacklogPerInstance, true)}${
			a.scaleOutFromZero
				? '# To wake from zero instances, add a step scaling policy on a CloudWatch alarm for HasBacklogWithoutCapacity.\n'
				: ''
		}`;
	},
	'batch-transform': (s: Scenario) => {
		const b = s.batch;
		if (!b) return '';
		return `${header}
transformer = model.transformer(
    instance_count=${b.instances},
    instance_type="${b.instanceType}",
    strategy="MultiRecord",
    max_payload=${b.miniBatchMB},
    output_path="s3://<bucket>/batch-output/",
)
transformer.transform(data="s3://<bucket>/input/", content_type="text/csv", split_type="Line")
`;
	},
} satisfies Record<InferenceOption, (s: Scenario) => string>;

/** Python that deploys the configuration the scenario describes. */
export function sdkCode(scenario: Scenario): string {
	return writers[scenario.option](scenario);
}
