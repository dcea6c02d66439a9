contract Shop {
    uint price;

    function setPrice(uint p) public {
        price = p;

    function buy() public payable {
        require(msg.value >= price, "too little");
    }
}
// ----
// tests/lang/cases/parse/missing_function_brace.sol:7:5: error: expected '}' to close the block opened at 4:38, found 'function' [E1001]
//     7 |     function buy() public payable {
//       |     ^~~~~~~~
// tests/lang/cases/parse/missing_function_brace.sol:4:38: note: this '{' is not closed
//     4 |     function setPrice(uint p) public {
//       |                                      ^
// 1 error generated.
