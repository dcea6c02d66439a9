// expect: adversary-profit cross-contract
// options: defaults
// contract: CoinBank
// A bank that keeps its balances in a book it creates, next to a transfer desk it also
// creates and makes an operator of the book. `cashOut` pays the caller, then clears the
// caller's entry in the book. The bank's own storage is never written after the payment, so
// the stale state lives in another instance of the system: during the payment the adversary
// re-enters the desk (not the bank) and moves its not-yet-cleared entry to its second
// account, which keeps it after the bank clears the first. The re-entries that touch the
// book's stale entry must come first, though the function re-entered belongs to an instance
// the bank created.
pragma solidity ^0.8.20;

contract Book {
    address public owner;
    mapping(address => bool) public operator;
    mapping(address => uint256) public balanceOf;

    constructor() {
        owner = msg.sender;
        operator[msg.sender] = true;
    }

    uint256 public total;

    function allow(address who, bool allowed) external {
        require(msg.sender == owner, "owner");
        operator[who] = allowed;
    }

    function add(address who, uint256 amount) external {
        require(operator[msg.sender], "operator");
        balanceOf[who] += amount;
        total += amount;
    }

    function sub(address who, uint256 amount) external {
        require(operator[msg.sender], "operator");
        require(balanceOf[who] >= amount, "balance");
        balanceOf[who] -= amount;
        total -= amount;
    }

    function set(address who, uint256 amount) external {
        require(operator[msg.sender], "operator");
        total = total - balanceOf[who] + amount;
        balanceOf[who] = amount;
    }

    function move(address from, address to, uint256 amount) external {
        require(operator[msg.sender], "operator");
        require(balanceOf[from] >= amount, "balance");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
    }

}

contract TransferDesk {
    Book public immutable book;

    constructor(Book _book) {
        book = _book;
    }

    function send(address to, uint256 amount) external {
        require(to != address(0), "zero");
        book.move(msg.sender, to, amount);
    }
}

contract CoinBank {
    Book public immutable book;
    TransferDesk public immutable desk;
    bool private busy;

    modifier exclusive() {
        require(!busy, "busy");
        busy = true;
        _;
        busy = false;
    }

    constructor() {
        book = new Book();
        desk = new TransferDesk(book);
        book.allow(address(desk), true);
    }

    function pay() external payable exclusive {
        require(msg.value > 0, "nothing");
        book.add(msg.sender, msg.value);
    }

    function cashOut() external exclusive {
        uint256 amount = book.balanceOf(msg.sender);
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send");
        book.set(msg.sender, 0);
    }
}
