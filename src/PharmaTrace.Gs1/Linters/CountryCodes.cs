namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// ISO 3166-1 country codes, numeric ("num-3") and alpha-2, as listed by the GS1 Barcode Syntax
/// Dictionary's iso3166 and iso3166alpha2 linters (AIs 421-426, 4307, 4317, 7030-7039).
/// </summary>
internal static class CountryCodes
{
    private static readonly CodeSet Numeric = CodeSet.FromNumericRanges(
        "004 008 010 012 016 020 024 028 031-032 036 040 044 048 050-052 056 060 " +
        "064 068 070 072 074 076 084 086 090 092 096 100 104 108 112 116 120 124 " +
        "132 136 140 144 148 152 156 158 162 166 170 174 175 178 180 184 188 191 " +
        "192 196 203-204 208 212 214 218 222 226 231-234 238-239 242 246 248 250 254 " +
        "258 260 262 266 268 270 275 276 288 292 296 300 304 308 312 316 " +
        "320 324 328 332 334 336 340 344 348 352 356 360 364 368 372 376 380 " +
        "384 388 392 398 400 404 408 410 414 417-418 422 426 428 430 434 438 440 442 446 " +
        "450 454 458 462 466 470 474 478 480 484 492 496 498-500 504 508 " +
        "512 516 520 524 528 531 533-535 540 548 554 558 562 566 570 574 " +
        "578 580 581 583 584 585 586 591 598 600 604 608 612 616 620 624 626 630 634 638 " +
        "642 643 646 652 654 659 660 662 663 666 670 674 678 682 686 688 690 694 702 703 " +
        "704 705 706 710 716 724 728 729 732 740 744 748 752 756 760 762 764 " +
        "768 772 776 780 784 788 792 795 796 798 800 804 807 818 826 831 " +
        "832 833 834 840 850 854 858 860 862 876 882 887 894");

    private static readonly CodeSet Alpha2 = CodeSet.FromAlpha2Ranges(
        "AD-AG AI AL-AM AO AQ-AU AW-AX AZ-BB BD-BJ BL-BO BQ-BT BV-BW BY-CA CC-CD CF-CH CI CK-CL " +
        "CM-CO CR CU-CZ DE DJ DK DM DO DZ EC EE EG-EH ER-ET " +
        "FI-FJ FK FM FO FR GA-GB GD-GI GL-GN GP-GU GW GY " +
        "HK HM-HN HR HT-HU ID-IE IL-IO IQ-IT JE JM JO-JP " +
        "KE KG-KI KM-KN KP KR KW KY-KZ LA-LC LI LK LR-LV LY MA MC-MH " +
        "MK-NA NC NE-NG NI NL NO-NP NR NU NZ OM " +
        "PA PE-PH PK-PN PR-PT PW PY QA RE " +
        "RO RS RU RW SA-SE SG-SO SR-ST SV SX-SZ TC-TD TF-TH TJ-TO TR " +
        "TT TV-TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU " +
        "WF WS YE YT ZA ZM ZW");

    internal static bool IsNumeric(ReadOnlySpan<char> data) =>
        data.Length == 3 && CharacterSets.IsDigits(data) && Numeric.Contains(int.Parse(data));

    /// <summary>AIs 7030-7039 also accept 999, "country of processing unknown".</summary>
    internal static bool IsNumericOr999(ReadOnlySpan<char> data) => data.SequenceEqual("999") || IsNumeric(data);

    internal static bool IsAlpha2(ReadOnlySpan<char> data) => Alpha2.Contains(CodeSet.Alpha2Index(data));
}
