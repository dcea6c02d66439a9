// expect: safe
// options: defaults
// The wager pools with each entry marked collected before it is paid
// (checks-effects-interactions): a re-entered collection finds the entry collected. The
// honest opener settling their own pool is ordinary use.
pragma solidity ^0.8.20;

contract WagerPools {
    struct Pool {
        address opener;
        uint64 closesAt;
        bool settled;
        uint8 winner; // 1 or 2 once settled
        uint256[3] staked; // per side; index 0 unused
    }

    struct Entry {
        address entrant;
        uint8 side;
        uint256 amount;
        bool collected;
    }

    Pool[] public pools;
    mapping(uint256 => Entry[]) public entries;

    function openPool(uint256 duration) external returns (uint256 id) {
        require(duration >= 1 hours && duration <= 30 days, "duration");
        id = pools.length;
        Pool storage p = pools.push();
        p.opener = msg.sender;
        p.closesAt = uint64(block.timestamp + duration);
    }

    function enter(uint256 id, uint8 side) external payable returns (uint256 index) {
        Pool storage p = pools[id];
        require(block.timestamp < p.closesAt, "closed");
        require(side == 1 || side == 2, "side");
        require(msg.value > 0, "no stake");
        p.staked[side] += msg.value;
        index = entries[id].length;
        entries[id].push(Entry(msg.sender, side, msg.value, false));
    }

    function settle(uint256 id, uint8 winner) external {
        Pool storage p = pools[id];
        require(msg.sender == p.opener, "opener only");
        require(block.timestamp >= p.closesAt, "open");
        require(!p.settled, "settled");
        require(winner == 1 || winner == 2, "side");
        p.settled = true;
        p.winner = winner;
    }

    function collect(uint256 id, uint256 index) external {
        Pool storage p = pools[id];
        Entry storage e = entries[id][index];
        require(e.entrant == msg.sender, "not yours");
        require(p.settled && e.side == p.winner, "not a winner");
        require(!e.collected, "collected");
        uint256 total = p.staked[1] + p.staked[2];
        uint256 share = (e.amount * total) / p.staked[p.winner];
        e.collected = true;
        (bool ok, ) = msg.sender.call{value: share}("");
        require(ok, "payment failed");
    }
}
