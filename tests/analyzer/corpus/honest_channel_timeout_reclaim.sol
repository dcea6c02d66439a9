// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// Payment channels in the style of a ledger-channel hub: the opener deposits ether and
/// optionally tokens of a token it names; a counterparty (never the opener) may join before a
/// deadline; an unjoined channel is reclaimed by its opener after the deadline. The reclaim
/// pays the ether, then transfers the tokens through the opener's token, and deletes the
/// channel last: the opener's token re-enters the reclaim and is paid the ether again, from
/// the honest users' channels. Honest openers name a counterparty and no token (their first
/// values, themselves as counterparty, are refused).
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
        payable(c.opener).transfer(c.deposit);
        if (c.tokens > 0) require(IERC20(c.token).transfer(c.opener, c.tokens), "tokens");
        delete channels[id];
    }
}
