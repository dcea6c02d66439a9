// expect: safe
// options: defaults
// The prize draw with a collection that clears the credit before it pays
// (checks-effects-interactions): a re-entered collection finds no prize.
pragma solidity ^0.8.20;

contract PrizeRounds {
    struct Round {
        uint256 fee;
        uint256 closesAt;
        uint256 pot;
        bool drawn;
    }

    uint256 public constant HOUSE_BPS = 300;
    address public immutable operator;
    uint256 public rounds;
    uint256 public house;
    mapping(uint256 => Round) public roundOf;
    mapping(uint256 => address[]) private entries;
    mapping(address => uint256) public credit;

    constructor() {
        operator = msg.sender;
    }

    function open(uint256 fee, uint256 duration) external returns (uint256 id) {
        require(msg.sender == operator, "operator only");
        require(fee > 0 && duration >= 10 minutes, "bad round");
        id = rounds++;
        roundOf[id] = Round(fee, block.timestamp + duration, 0, false);
    }

    function enter(uint256 id) external payable {
        Round storage r = roundOf[id];
        require(r.closesAt != 0 && block.timestamp < r.closesAt, "round closed");
        require(msg.value == r.fee, "wrong fee");
        entries[id].push(msg.sender);
        r.pot += msg.value;
    }

    function draw(uint256 id) external {
        require(msg.sender == operator, "operator only");
        Round storage r = roundOf[id];
        require(r.closesAt != 0 && block.timestamp >= r.closesAt, "still open");
        require(!r.drawn && entries[id].length > 0, "nothing to draw");
        uint256 pick = uint256(keccak256(abi.encode(block.prevrandao, id))) % entries[id].length;
        uint256 cut = (r.pot * HOUSE_BPS) / 10_000;
        r.drawn = true;
        house += cut;
        credit[entries[id][pick]] += r.pot - cut;
    }

    function collect() external {
        uint256 amount = credit[msg.sender];
        require(amount > 0, "no prize");
        credit[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "payment failed");
    }
}
