namespace PharmaTrace.Gs1.Tests;

public sealed class SmokeTests
{
    [Test]
    public void Gs1_assembly_loads()
    {
        Assert.That(typeof(PharmaTrace.Gs1.Placeholder).Assembly.GetName().Name, Is.EqualTo("PharmaTrace.Gs1"));
    }
}
