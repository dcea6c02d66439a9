// expect: safe
// options: defaults
pragma solidity ^0.8.20;
/// The hub of honest_channel_timeout_reclaim, deleting the channel before it pays and
/// transfers (checks-effects-interactions).
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

contract ChannelHub {
    struct Channel {
        address opener;
        address counterparty;
        uint256 deposit;
        uint256 joined;
        address token;
        uint256 tokens;
        uint256 deadline;
        bool open;
    }

    uint256 public constant JOIN_WINDOW = 1 hours;
    uint256 public count;
    mapping(uint256 => Channel) public channels;

    function openChannel(address counterparty, address token, uint256 tokens)
        external
        payable
        returns (uint256 id)
    {
        require(counterparty != msg.sender, "self");
        if (tokens > 0)
            require(IERC20(token).transferFrom(msg.sender, address(this), tokens), "tokens");
        id = count++;
        channels[id] = Channel(msg.sender, counterparty, msg.value, 0, token, tokens,
                               block.timestamp + JOIN_WINDOW, true);
    }

    function join(uint256 id) external payable {
        Channel storage c = channels[id];
        require(c.open && c.joined == 0, "state");
        require(msg.sender == c.counterparty, "party");
        require(block.timestamp <= c.deadline, "late");
        c.joined = msg.value + 1;
    }

    function settle(uint256 id, uint256 toOpener) external {
        Channel storage c = channels[id];
        require(c.open && c.joined > 0, "state");
        require(msg.sender == c.counterparty, "party");
        uint256 total = c.deposit + c.joined - 1;
        require(toOpener <= total, "split");
        address opener = c.opener;
        address counterparty = c.counterparty;
        delete channels[id];
        payable(opener).transfer(toOpener);
        payable(counterparty).transfer(total - toOpener);
    }

    function reclaim(uint256 id) external {
        Channel storage c = channels[id];
        require(c.open && c.joined == 0, "state");
        require(msg.sender == c.opener, "party");
        require(block.timestamp > c.deadline, "early");
        address opener = c.opener;
        uint256 deposit = c.deposit;
        address token = c.token;
        uint256 tokens = c.tokens;
        delete channels[id];
        payable(opener).transfer(deposit);
        if (tokens > 0) require(IERC20(token).transfer(opener, tokens), "tokens");
    }
}
