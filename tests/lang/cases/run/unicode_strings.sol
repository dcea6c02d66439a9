// unicode"..." literals: any UTF-8 text, as its bytes (é is two, € three, 🚀 four), with the
// regular escapes; pieces of one kind concatenate; in storage, constants, comparisons and
// keccak256 they are ordinary strings.
pragma solidity ^0.8.20;

contract Unicode {
    event S(string v);
    event B(bytes v);
    event U(uint256 v);
    event H(bytes32 v);
    event Flag(bool v);

    string public constant NAME = unicode"Café ☕";
    string stored = unicode"naïve — text stored out of line, longer than one slot ✓";

    function run() external payable {
        string memory rocket = unicode"🚀";
        emit S(rocket);
        emit U(bytes(rocket).length);
        emit U(bytes(unicode"é€").length);
        emit B(bytes(unicode"é"));
        emit S(NAME);
        emit S(stored);
        emit U(bytes(stored).length);
        emit S(unicode"tab\there, quote \" and \u00e9 " unicode"joined ✓");
        emit Flag(keccak256(bytes(unicode"abc")) == keccak256(bytes("abc")));
        emit H(keccak256(bytes(unicode"Größe")));
        emit S(string.concat(NAME, unicode" — ", rocket));
        stored = unicode"ü";
        emit S(stored);
        emit B(bytes(stored));
    }
}
// ----
// success
// S("🚀")
// U("4")
// U("5")
// B("0xc3a9")
// S("Café ☕")
// S("naïve — text stored out of line, longer than one slot ✓")
// U("60")
// S("tab\there, quote \" and é joined ✓")
// Flag(true)
// H("0xc9efeee596bd8a5e73ab4117683b0601e7de27fe7698098d824d57e7b1f4bb93")
// S("Café ☕ — 🚀")
// S("ü")
// B("0xc3bc")
