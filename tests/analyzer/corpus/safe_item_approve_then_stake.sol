// expect: safe
// contract: Garage
// options: defaults
pragma solidity ^0.8.20;

interface IERC721Receiver {
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4);
}

/// A small ERC-721: one car per address, single-token approvals.
contract Cars {
    uint256 public next = 1;
    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;
    mapping(uint256 => address) public getApproved;
    mapping(address => bool) public minted;

    function mint() external returns (uint256 id) {
        require(!minted[msg.sender], "one each");
        minted[msg.sender] = true;
        id = next++;
        ownerOf[id] = msg.sender;
        balanceOf[msg.sender] += 1;
    }

    function approve(address to, uint256 id) external {
        require(ownerOf[id] == msg.sender, "not owner");
        getApproved[id] = to;
    }

    function transferFrom(address from, address to, uint256 id) public {
        require(ownerOf[id] == from, "wrong from");
        require(msg.sender == from || getApproved[id] == msg.sender, "not approved");
        delete getApproved[id];
        ownerOf[id] = to;
        balanceOf[from] -= 1;
        balanceOf[to] += 1;
    }

    function safeTransferFrom(address from, address to, uint256 id) external {
        transferFrom(from, to, id);
        if (to.code.length > 0)
            require(IERC721Receiver(to).onERC721Received(msg.sender, from, id, "") ==
                IERC721Receiver.onERC721Received.selector, "unsafe recipient");
    }
}

/// Park a car (approve the garage, then `park(id)` pulls it with transferFrom) and earn a
/// parking reward per second from the sponsors' pot. Leaving returns the car with a safe
/// transfer (the owner's receiver hook is a callback) after the parking record is cleared
/// (the fixed twin): the hook has nothing left to collect. The adversary must approve the
/// garage for its own car and park it itself: no receiver hook of the garage takes a car sent
/// with safeTransferFrom.
contract Garage {
    uint256 public constant REWARD_PER_SECOND = 1e13;
    Cars public immutable cars;
    uint256 public pot;
    mapping(uint256 => address) public parkedBy;
    mapping(uint256 => uint256) public since;

    constructor() {
        cars = new Cars();
    }

    function sponsor() external payable {
        pot += msg.value;
    }

    function owed(uint256 id) public view returns (uint256 r) {
        if (parkedBy[id] == address(0)) return 0;
        r = (block.timestamp - since[id]) * REWARD_PER_SECOND;
        if (r > pot) r = pot;
    }

    function park(uint256 id) external {
        cars.transferFrom(msg.sender, address(this), id);
        parkedBy[id] = msg.sender;
        since[id] = block.timestamp;
    }

    function collect(uint256 id) external {
        require(parkedBy[id] == msg.sender, "not yours");
        uint256 r = owed(id);
        since[id] = block.timestamp;
        pot -= r;
        payable(msg.sender).transfer(r);
    }

    function leave(uint256 id) external {
        require(parkedBy[id] == msg.sender, "not yours");
        uint256 r = owed(id);
        pot -= r;
        delete parkedBy[id];
        delete since[id];
        cars.safeTransferFrom(address(this), msg.sender, id);
        payable(msg.sender).transfer(r);
    }
}
