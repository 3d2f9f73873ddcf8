// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title GS1 identifier checks the ledger enforces on-chain.
/// @notice Identifiers are numbers (a GTIN-14 fits in 47 bits, a GLN in 44, an SSCC in 60):
/// leading zeros are restored by formatting to the key's fixed width.
library Gs1 {
    /// @notice GS1 General Specifications 7.9.1: the mod-10 check digit of a fixed-width key.
    /// Weights 3 and 1 alternate from the digit left of the check digit.
    function hasValidCheckDigit(uint256 key, uint256 digits) internal pure returns (bool) {
        if (key >= 10 ** digits) return false;
        uint256 check = key % 10;
        uint256 rest = key / 10;
        uint256 sum;
        for (uint256 i = 1; i < digits; ++i) {
            uint256 d = rest % 10;
            rest /= 10;
            sum += (i % 2 == 1) ? d * 3 : d;
        }
        return (10 - (sum % 10)) % 10 == check;
    }

    function isValidGtin(uint64 gtin) internal pure returns (bool) {
        return gtin != 0 && hasValidCheckDigit(gtin, 14);
    }

    function isValidGln(uint64 gln) internal pure returns (bool) {
        return gln != 0 && hasValidCheckDigit(gln, 13);
    }

    function isValidSscc(uint256 sscc) internal pure returns (bool) {
        return sscc != 0 && hasValidCheckDigit(sscc, 18);
    }

    /// @notice A lot (AI 10) is X..20: 1 to 20 characters of the GS1 AI encodable character set 82
    /// (General Specifications 7.11, figure 7.11-1).
    function isValidLot(string calldata lot) internal pure returns (bool) {
        bytes calldata b = bytes(lot);
        if (b.length == 0 || b.length > 20) return false;
        for (uint256 i = 0; i < b.length; ++i) {
            if (!isCset82(uint8(b[i]))) return false;
        }
        return true;
    }

    /// @dev Set 82: ! " % & ' ( ) * + , - . / 0-9 : ; < = > ? A-Z _ a-z.
    function isCset82(uint8 c) internal pure returns (bool) {
        if (c >= 0x30 && c <= 0x39) return true; // 0-9
        if (c >= 0x41 && c <= 0x5A) return true; // A-Z
        if (c >= 0x61 && c <= 0x7A) return true; // a-z
        if (c >= 0x25 && c <= 0x2F) return true; // % & ' ( ) * + , - . /
        if (c >= 0x3A && c <= 0x3F) return true; // : ; < = > ?
        return c == 0x21 || c == 0x22 || c == 0x5F; // ! " _
    }

    /// @notice ISO 3166-1 alpha-2 shape: two upper-case Latin letters.
    function isValidCountry(bytes2 country) internal pure returns (bool) {
        uint8 a = uint8(country[0]);
        uint8 b = uint8(country[1]);
        return a >= 0x41 && a <= 0x5A && b >= 0x41 && b <= 0x5A;
    }

    /// @notice An expiry date as the number yyyymmdd. Day 00 means the month's last day, as AI (17)
    /// allows (General Specifications 7.12).
    function isValidDate(uint32 yyyymmdd) internal pure returns (bool) {
        uint256 y = yyyymmdd / 10000;
        uint256 m = (yyyymmdd / 100) % 100;
        uint256 d = yyyymmdd % 100;
        if (y < 2000 || y > 2099 || m < 1 || m > 12) return false;
        return d <= daysInMonth(y, m);
    }

    /// @notice Days since 1970-01-01 of the last day on which a pack with this expiry may be used.
    function lastValidDay(uint32 yyyymmdd) internal pure returns (uint256) {
        uint256 y = yyyymmdd / 10000;
        uint256 m = (yyyymmdd / 100) % 100;
        uint256 d = yyyymmdd % 100;
        if (d == 0) d = daysInMonth(y, m);
        return daysFromCivil(y, m, d);
    }

    function daysInMonth(uint256 y, uint256 m) internal pure returns (uint256) {
        if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
        return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
    }

    /// @dev Howard Hinnant's days_from_civil for years from 2000 on (no negative eras needed).
    function daysFromCivil(uint256 y, uint256 m, uint256 d) internal pure returns (uint256) {
        if (m <= 2) y -= 1;
        uint256 era = y / 400;
        uint256 yoe = y - era * 400;
        uint256 mp = m > 2 ? m - 3 : m + 9;
        uint256 doy = (153 * mp + 2) / 5 + d - 1;
        uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
