using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace ModularShop.Host.Gateway;

/// <summary>
/// A step of the gateway's proxy pipeline: a safe call (<see cref="SafeCalls"/>) that could not reach the instance it
/// was sent to (refused, reset, or no answer within its retries there), and of which the client has seen nothing yet,
/// goes once more through load balancing, the passive health checks and the forwarder, to the module's other
/// available instances only. An instance that stops during a rollout then costs a read nothing. Any other call
/// keeps the answer it got: a call that may change something is never sent to a second instance.
/// </summary>
internal sealed partial class SafeCallFailover(RequestDelegate next, GatewayRetries retries, ILogger<SafeCallFailover> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var proxy = context.GetReverseProxyFeature();

        // Taken before load balancing, which narrows the list to the one instance it picks.
        var offered = proxy.AvailableDestinations;
        await next(context);

        if (proxy.ProxiedDestination is not { } failed
            || context.Features.Get<IForwarderErrorFeature>()?.Error != ForwarderError.Request
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested
            || !SafeCalls.MayBeSentAgain(context.Request))
        {
            return;
        }

        var others = offered.Where(destination => !ReferenceEquals(destination, failed)).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        var module = ModuleGateway.ModuleOf(proxy);
        SendingToAnotherInstance(logger, context.Request.Method, module, failed.Model.Config.Address);
        context.Features.Set<IForwarderErrorFeature>(null);
        context.Response.Clear();
        proxy.ProxiedDestination = null;
        proxy.AvailableDestinations = others;
        await next(context);
        retries.Record(module, answered: context.Features.Get<IForwarderErrorFeature>() is null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Method} call to {Module} could not reach the instance at {Instance}; it is sent once more, to another instance")]
    private static partial void SendingToAnotherInstance(ILogger logger, string method, string module, string instance);
}
