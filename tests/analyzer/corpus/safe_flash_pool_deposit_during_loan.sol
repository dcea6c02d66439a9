// expect: safe
// contract: EtherFlashPool
pragma solidity ^0.8.20;

/// The same pool with `deposit()` closed while a loan is out: the only thing a borrower can do
/// from its callback is to pay the loan back (which must not be reported: it is the protocol).
interface IEtherBorrower {
    function onFlashLoan(address initiator, uint256 amount, uint256 fee, bytes calldata data)
        external
        payable
        returns (bytes32);
}

contract EtherFlashPool {
    bytes32 public constant CALLBACK_SUCCESS = keccak256("EtherBorrower.onFlashLoan");

    uint256 public totalShares;
    mapping(address => uint256) public sharesOf;
    uint256 private owed;

    function deposit() external payable {
        require(msg.value > 0, "nothing sent");
        require(owed == 0, "loan out");
        uint256 assetsBefore = address(this).balance - msg.value;
        uint256 shares =
            totalShares == 0 || assetsBefore == 0 ? msg.value : msg.value * totalShares / assetsBefore;
        require(shares > 0, "too small");
        sharesOf[msg.sender] += shares;
        totalShares += shares;
    }

    function redeem(uint256 shares) external {
        require(owed == 0, "loan out");
        require(shares > 0 && shares <= sharesOf[msg.sender], "shares");
        uint256 assets = shares * address(this).balance / totalShares;
        sharesOf[msg.sender] -= shares;
        totalShares -= shares;
        (bool ok, ) = payable(msg.sender).call{value: assets}("");
        require(ok, "transfer failed");
    }

    function repay() external payable {
        require(owed > 0 && msg.value <= owed, "nothing owed");
        owed -= msg.value;
    }

    function flashLoan(IEtherBorrower receiver, uint256 amount, bytes calldata data) external {
        require(owed == 0, "loan out");
        require(amount > 0 && amount <= address(this).balance / 2, "amount");
        uint256 fee = amount * 5 / 1000;
        owed = amount + fee;
        require(
            receiver.onFlashLoan{value: amount}(msg.sender, amount, fee, data) == CALLBACK_SUCCESS,
            "callback"
        );
        require(owed == 0, "not repaid");
    }
}
