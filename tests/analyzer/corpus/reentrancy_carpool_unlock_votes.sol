// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// A carpool fund: members deposit for the season; once two members other than the one leaving
/// have signed off on the season's end, a member who has not signed takes its deposit back. The
/// refund is paid before the deposit is cleared, so the leaving member re-enters and is refunded
/// again from the others' deposits. Each sign-off counts once per member.
contract CarpoolFund {
    mapping(address => uint256) public deposits;
    mapping(address => bool) public signedOff;
    uint256 public signatures;

    function deposit() external payable {
        require(msg.value > 0, "nothing sent");
        deposits[msg.sender] += msg.value;
    }

    function signOff() external {
        require(deposits[msg.sender] > 0, "not a member");
        require(!signedOff[msg.sender], "already signed");
        signedOff[msg.sender] = true;
        signatures += 1;
    }

    function leave() external {
        require(signatures >= 2, "season not over");
        require(!signedOff[msg.sender], "signed members stay to settle");
        uint256 amount = deposits[msg.sender];
        require(amount > 0, "no deposit");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "refund failed");
        deposits[msg.sender] = 0;
    }
}
