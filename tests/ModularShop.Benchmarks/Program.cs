using ModularShop.Benchmarks;

return await BenchmarkRun.MainAsync(args);
