// expect: reentrancy same-function
// options: defaults
pragma solidity ^0.8.20;
/// A study group with a commitment stake: members stake to join, the host closes the term
/// naming the absentees (who forfeit), and every member who attended claims an equal share of
/// the pot. claim pays before marking the share claimed, so an attending member re-enters
/// claim and takes the other members' shares. The host closes with a list of absentees, which
/// may be empty (everybody came).
contract StudyGroup {
    address public immutable host;
    uint256 public constant STAKE = 0.1 ether;

    address[] public members;
    mapping(address => bool) public joined;
    mapping(address => bool) public absent;
    mapping(address => bool) public claimed;
    uint256 public share;
    bool public closed;

    constructor() {
        host = msg.sender;
    }

    function join() external payable {
        require(!closed, "closed");
        require(!joined[msg.sender], "already joined");
        require(msg.value == STAKE, "stake");
        joined[msg.sender] = true;
        members.push(msg.sender);
    }

    function close(address[] calldata absentees) external {
        require(msg.sender == host, "host only");
        require(!closed, "closed");
        for (uint256 i = 0; i < absentees.length; i++) {
            require(joined[absentees[i]] && !absent[absentees[i]], "not a member");
            absent[absentees[i]] = true;
        }
        uint256 attended = members.length - absentees.length;
        require(attended > 0, "nobody came");
        share = address(this).balance / attended;
        closed = true;
    }

    function claim() external {
        require(closed, "open");
        require(joined[msg.sender] && !absent[msg.sender], "not eligible");
        require(!claimed[msg.sender], "claimed");
        (bool ok, ) = msg.sender.call{value: share}("");
        require(ok, "transfer");
        claimed[msg.sender] = true;
    }
}
