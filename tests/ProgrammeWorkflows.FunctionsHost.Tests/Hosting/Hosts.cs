namespace ProgrammeWorkflows.FunctionsHost.Tests.Hosting;

// The hosts the suite starts, one per collection (collections run in parallel, the tests of one in turn). Each host
// runs one programme (a second start finds the first), so each programme clock a test needs has a host of its own;
// every test of a host starts the same programme (whichever comes first), so the tests of a host may run in any order.
// Item 6 only (the 15 Member States report by 31 March 1998), at two programme days a wall second.

/// <summary>The app as <c>func start</c> runs it: <c>AZURE_FUNCTIONS_ENVIRONMENT=Development</c>.</summary>
public sealed class DevelopmentHost() : FunctionsHostFixture("Development", ItemSix.From("1998-02-20"));

/// <summary>The app as Azure runs it; its programme follows item 6 from 20 February 1998, before its reminders.</summary>
public sealed class ProductionHost() : FunctionsHostFixture("Production", ItemSix.From("1998-02-20"));

/// <summary>
/// Production; its programme runs from 25 January 1999, so its clock soon passes 31 January 1999 (the annual report of
/// 1998 is due), and item 6, long past its close, has escalated every party at once.
/// </summary>
public sealed class AnnualReportHost() : FunctionsHostFixture("Production", ItemSix.From("1999-01-25"));

/// <summary>Production; its programme's clock is in 2025, outside the programme.</summary>
public sealed class OutsideProgrammeHost() : FunctionsHostFixture("Production", ItemSix.From("2025-01-25"));

/// <summary>Production, Azurite on a data folder (storage can go down and come back); its programme starts after the outage.</summary>
public sealed class StorageOutageHost() : FunctionsHostFixture("Production", ItemSix.From("1998-02-20"), storageOnDisk: true);

[CollectionDefinition(Name)]
public sealed class OnDevelopmentHost : ICollectionFixture<DevelopmentHost>
{
    public const string Name = "Functions host, Development";
}

[CollectionDefinition(Name)]
public sealed class OnProductionHost : ICollectionFixture<ProductionHost>
{
    public const string Name = "Functions host, Production";
}

[CollectionDefinition(Name)]
public sealed class OnAnnualReportHost : ICollectionFixture<AnnualReportHost>
{
    public const string Name = "Functions host, annual report of 1998";
}

[CollectionDefinition(Name)]
public sealed class OnOutsideProgrammeHost : ICollectionFixture<OutsideProgrammeHost>
{
    public const string Name = "Functions host, outside the programme";
}

[CollectionDefinition(Name)]
public sealed class OnStorageOutageHost : ICollectionFixture<StorageOutageHost>
{
    public const string Name = "Functions host, storage outage";
}
