using ModularShop.Host;

return await ShopApplication.RunAsync(args);
