package vn.cancu.document;

/**
 * The signature block.
 *
 * @param authority "TM. ỦY BAN NHÂN DÂN" style line, or null
 * @param onBehalf "KT. CHỦ TỊCH" style line, or null
 * @param position the signer's own position ("PHÓ CHỦ TỊCH")
 * @param name the signer's name
 */
public record Signer(String authority, String onBehalf, String position, String name) {}
