using PharmaTrace.Gs1.ApplicationIdentifiers;

namespace PharmaTrace.Gs1.Tests.ApplicationIdentifiers;

public sealed class AiTableTests
{
    private static readonly AiTable Table = AiTable.Default;

    [Test]
    public void The_table_holds_every_AI_of_the_dictionary_file()
    {
        // Counted independently of the library: each entry line names one AI or a range "3100-3105".
        var expected = 0;
        foreach (var line in File.ReadAllLines(RepositoryFiles.ProjectDictionary))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bounds = line.Split(' ', 2)[0].Split('-');
            expected += bounds.Length == 1 ? 1 : int.Parse(bounds[1]) - int.Parse(bounds[0]) + 1;
        }

        Assert.That(Table.Count, Is.EqualTo(expected));
        Assert.That(Table.Count, Is.EqualTo(541), "the count of the dictionary at commit ff2eb4b");
    }

    [Test]
    public void The_embedded_dictionary_is_an_unmodified_copy_of_the_shared_standard()
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(RepositoryFiles.ProjectDictionary)));

        Assert.That(hash, Is.EqualTo(RepositoryFiles.OfficialDictionarySha256));
    }

    [Test]
    public void Only_the_documented_linters_are_ignored()
    {
        Assert.That(Table.IgnoredLinters, Is.EquivalentTo(new[] { "couponcode", "couponposoffer", "packagetype" }));
    }

    [Test]
    public void The_GTIN_is_predefined_length_checked_and_a_Digital_Link_primary_key()
    {
        var gtin = Table.Get("01");

        Assert.Multiple(() =>
        {
            Assert.That(gtin.Title, Is.EqualTo("GTIN"));
            Assert.That(gtin.IsPredefinedLength, Is.True);
            Assert.That(gtin.RequiresFnc1, Is.False);
            Assert.That(gtin.Components, Has.Length.EqualTo(1));
            Assert.That(gtin.Components[0].ToString(), Is.EqualTo("N14,csum,gcppos2"));
            Assert.That(gtin.IsDigitalLinkPrimaryKey, Is.True);
            Assert.That(gtin.DigitalLinkQualifierSequences.Select(s => string.Join(",", s)), Is.EqualTo(new[] { "22,10,21", "235" }));
            Assert.That(gtin.Excludes.Select(p => p.Text), Is.EqualTo(new[] { "255", "37" }));
        });
    }

    [Test]
    public void The_serial_number_needs_a_separator_and_a_key()
    {
        var serial = Table.Get("21");

        Assert.Multiple(() =>
        {
            Assert.That(serial.RequiresFnc1, Is.True);
            Assert.That(serial.MaxLength, Is.EqualTo(20));
            Assert.That(serial.Components[0].CharacterSet, Is.EqualTo(AiCharacterSet.Cset82));
            Assert.That(serial.Requires.Single().ToString(), Is.EqualTo("(01), (03) or (8006)"));
            Assert.That(serial.IsDigitalLinkAttribute, Is.False);
        });
    }

    [Test]
    public void Ranges_are_expanded_into_one_definition_per_AI()
    {
        var weights = Enumerable.Range(0, 6).Select(i => Table.Get($"310{i}")).ToList();

        Assert.That(weights.Select(d => d.Title).Distinct(), Is.EqualTo(new[] { "NET WEIGHT (kg)" }));
        Assert.That(Table.TryGet("3106", out _), Is.False);
    }

    [Test]
    public void Optional_components_and_linters_are_read()
    {
        var harvest = Table.Get("7007");

        Assert.Multiple(() =>
        {
            Assert.That(harvest.Components.Select(c => c.ToString()), Is.EqualTo(new[] { "N6,yymmdd", "[N6],yymmdd" }));
            Assert.That(harvest.MinLength, Is.EqualTo(6));
            Assert.That(harvest.MaxLength, Is.EqualTo(12));
        });
    }

    [Test]
    public void Every_predefined_length_AI_has_a_fixed_length_format()
    {
        foreach (var definition in Table.Definitions.Where(d => d.IsPredefinedLength))
        {
            Assert.That(definition.Components.All(c => c.IsFixedLength && !c.IsOptional), Is.True, definition.ToString());
        }
    }

    [Test]
    public void Requirement_patterns_match_any_digit_where_they_say_n()
    {
        var price = Table.Get("3925");
        var pattern = price.Excludes.First(p => p.Text == "392n");

        Assert.That(pattern.Matches("3921"), Is.True);
        Assert.That(pattern.Matches("3931"), Is.False);
        Assert.That(price.Requires.Single().IsSatisfiedBy(new[] { "01", "3102" }), Is.True);
        Assert.That(price.Requires.Single().IsSatisfiedBy(new[] { "3102" }), Is.False);
    }

    [Test]
    public void Malformed_dictionary_entries_are_refused_with_their_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => AiTable.Parse("01 *? Q14 # bad type\n"));

        Assert.That(error!.Message, Does.Contain("line 1"));
    }

    [Test]
    public void Unknown_AIs_are_reported_by_name()
    {
        var error = Assert.Throws<Gs1ParseException>(() => Table.Get("04"));

        Assert.That(error!.Message, Is.EqualTo("AI (04): unknown AI"));
    }
}
