// string and bytes in storage with solc's layout: the short form (<= 31 bytes in the slot) and
// the long form (data at keccak256(slot)), crossing between them by assignment, push and pop;
// struct members, mapping values and keys, arrays of strings, getters, events, abi.encode.
pragma solidity ^0.8.20;

contract StorageStrings {
    struct Profile {
        string name;
        uint256 age;
        bytes tag;
    }

    string public title = "Mallory";
    bytes public blob;
    string[] public names;
    mapping(uint256 => string) public notes;
    mapping(string => uint256) public ids;
    Profile public profile;

    event S(string v);
    event B(bytes v);
    event U(uint256 v);
    event B4(bytes4 v);
    event H(bytes32 v);
    event Pair(string a, uint256 b);
    event Indexed(string indexed a, bytes indexed b);

    function run() external payable {
        emit S(title);
        emit U(bytes(title).length);
        title = "a string that is longer than thirty-one bytes, so it is long";
        emit S(title);
        emit U(bytes(title).length);
        title = "short again";
        emit S(title);
        emit S(this.title());

        // push across the 31/32 boundary and back with pop
        bytes memory letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn";
        for (uint256 i = 0; i < 30; i++) blob.push(letters[i]);
        emit B(blob);
        blob.push(0x5b);
        emit U(blob.length);
        blob.push(0x5c);
        blob.push();
        emit B(blob);
        emit U(blob.length);
        emit B4(blob[31]);
        blob[31] = 0x7a;
        blob[1] = 0x7b;
        emit B4(blob[31]);
        emit B(blob);
        blob.pop();
        blob.pop();
        emit B(blob);
        emit U(blob.length);
        blob.pop();
        emit B(blob);
        emit B(this.blob());
        for (uint256 i = 0; i < 40; i++) blob.push(letters[i]);
        emit B(blob);
        delete blob;
        emit U(blob.length);
        emit B(blob);
        blob.push(0x01);
        emit B(blob);

        // arrays of strings, mapping values and keys
        names.push("alice");
        names.push("a name long enough to need the long form of storage encoding");
        names.push();
        names[2] = "carol";
        emit S(names[1]);
        emit S(this.names(0));
        emit U(names.length);
        names.pop();
        emit U(names.length);
        string memory copy = names[0];
        bytes(copy)[0] = "A";
        emit S(copy);
        emit S(names[0]);
        notes[7] = "seven";
        notes[8] = notes[7];
        emit S(notes[8]);
        emit S(this.notes(8));
        ids["alice"] = 1;
        ids[names[1]] = 2;
        emit U(ids["alice"]);
        emit U(this.ids(names[1]));
        emit U(ids["nobody"]);

        // struct members
        profile = Profile("bob", 42, hex"beef");
        profile.name = "bob the builder, whose name is now in the long form";
        emit S(profile.name);
        (string memory n, uint256 a, bytes memory t) = this.profile();
        emit Pair(n, a);
        emit B(t);
        Profile storage p = profile;
        p.tag.push(0x01);
        emit B(profile.tag);
        delete profile;
        emit S(profile.name);
        emit U(bytes(profile.name).length);

        // comparisons, hashing, encoding
        emit U(keccak256(bytes(title)) == keccak256(bytes("short again")) ? 1 : 0);
        emit U(keccak256(bytes(title)) == keccak256("other") ? 1 : 0);
        emit H(keccak256(abi.encode(title, names[1])));
        emit H(keccak256(abi.encodePacked(title, blob)));
        emit Indexed(title, blob);
        string storage ref = names[1];
        title = ref;
        emit S(title);
        title = title;
        emit S(title);
    }
}
// ----
// success
// S("Mallory")
// U("7")
// S("a string that is longer than thirty-one bytes, so it is long")
// U("60")
// S("short again")
// S("short again")
// B("0x4142434445464748494a4b4c4d4e4f505152535455565758595a61626364")
// U("31")
// B("0x4142434445464748494a4b4c4d4e4f505152535455565758595a616263645b5c00")
// U("33")
// B4("0x5c000000")
// B4("0x7a000000")
// B("0x417b434445464748494a4b4c4d4e4f505152535455565758595a616263645b7a00")
// B("0x417b434445464748494a4b4c4d4e4f505152535455565758595a616263645b")
// U("31")
// B("0x417b434445464748494a4b4c4d4e4f505152535455565758595a61626364")
// B("0x417b434445464748494a4b4c4d4e4f505152535455565758595a61626364")
// B("0x417b434445464748494a4b4c4d4e4f505152535455565758595a616263644142434445464748494a4b4c4d4e4f505152535455565758595a6162636465666768696a6b6c6d6e")
// U("0")
// B("0x")
// B("0x01")
// S("a name long enough to need the long form of storage encoding")
// S("alice")
// U("3")
// U("2")
// S("Alice")
// S("alice")
// S("seven")
// S("seven")
// U("1")
// U("2")
// U("0")
// S("bob the builder, whose name is now in the long form")
// Pair("bob the builder, whose name is now in the long form", "42")
// B("0xbeef")
// B("0xbeef01")
// S("")
// U("0")
// U("1")
// U("0")
// H("0x0f7f036761d3635e657e0eb2d320c0cca3693fb47de3f433ff7eae77f7a44559")
// H("0x43f34931851beec1ef10405ebdd056007caeffcacc9db5af7c1495b9361ecfd6")
// Indexed("0xc13d12bd606174f7ab76dc49db41304d2f9832ceb7635ae39578200e75e2426e", "0x5fe7f977e71dba2ea1a68e21057beebb9be2ac30c6410aa38d4f3fbe41dcffd2")
// S("a name long enough to need the long form of storage encoding")
// S("a name long enough to need the long form of storage encoding")
